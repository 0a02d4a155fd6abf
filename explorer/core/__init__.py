"""Qt-free, folium-free core: the catalogue, its loading, validation and queries."""
