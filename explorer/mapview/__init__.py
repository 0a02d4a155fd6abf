"""Qt-free map builder: a folium page for a catalogue, with our small JS bridge."""
