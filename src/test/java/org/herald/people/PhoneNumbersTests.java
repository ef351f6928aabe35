package org.herald.people;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PhoneNumbersTests {

    @Test
    void theSeedsNumberBecomesE164WhateverItsSeparators() {
        assertThat(PhoneNumbers.toE164("+375.172882742", null)).contains("+375172882742");
        assertThat(PhoneNumbers.toE164("+375 17 288 2742", null)).contains("+375172882742");
        assertThat(PhoneNumbers.region("+375172882742")).contains("BY");
    }

    @Test
    void aNumberWithoutPrefixUsesTheOfficesCountry() {
        assertThat(PhoneNumbers.toE164("022 717 91 11", "CH")).contains("+41227179111");
        assertThat(PhoneNumbers.toE164("022 717 91 11", null)).isEmpty();
    }

    @Test
    void whatIsNotAPhoneNumberIsRefused() {
        assertThat(PhoneNumbers.toE164("not a number", "CH")).isEmpty();
        assertThat(PhoneNumbers.toE164("+375 1", null)).isEmpty();
        assertThat(PhoneNumbers.toE164("", "CH")).isEmpty();
    }

    @Test
    void displaysTheInternationalForm() {
        assertThat(PhoneNumbers.display("+41227179111")).isEqualTo("+41 22 717 91 11");
    }
}
