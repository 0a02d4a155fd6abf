"""The GB 32100-2015 check character of 统一社会信用代码."""

import pytest

from explorer.core.uscc import CreditCodeError, check_character, check_credit_code

# The example code of GB 32100-2015 itself, and one a firm publishes.
VALID = ["91350100M000100Y43", "91110000600037341L"]


@pytest.mark.parametrize("code", VALID)
def test_valid_codes_pass(code):
    assert check_credit_code(code) == code
    assert check_character(code[:17]) == code[17]


def test_typed_forms_are_normalised():
    assert check_credit_code(" 91350100m000100y43 ") == VALID[0]
    assert check_credit_code("９１３５０１００Ｍ０００１００Ｙ４３") == VALID[0]


def test_a_wrong_check_character_names_the_right_one():
    with pytest.raises(CreditCodeError) as caught:
        check_credit_code("91350100M000100Y44")
    assert caught.value.expected == "3"
    assert "call for 3" in str(caught.value)


@pytest.mark.parametrize("code, words", [("9135010", "18 characters"),
                                         ("91350100M000100I43", "not I"),
                                         ("91350100M0001O0Y43", "not O")])
def test_malformed_codes_say_why(code, words):
    with pytest.raises(CreditCodeError, match=words):
        check_credit_code(code)


def test_every_single_character_change_is_caught():
    code = VALID[0]
    alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY"
    for i in range(18):
        for c in alphabet:
            if c != code[i]:
                with pytest.raises(CreditCodeError):
                    check_credit_code(code[:i] + c + code[i + 1:])
