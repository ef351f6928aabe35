package org.herald.people;

import java.util.Optional;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;

/** Phone numbers through libphonenumber: parsed, validated, stored in E.164, shown grouped. */
public final class PhoneNumbers {

    private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();

    private PhoneNumbers() {
    }

    /**
     * The number in E.164 ("+375172882742") if it is a valid number. {@code defaultRegion} (an
     * ISO country code, may be null) is used when the number is written without a country
     * prefix. Separators of any kind ("+375.172882742", "(0)22 717 91 11") are understood.
     */
    public static Optional<String> toE164(String raw, String defaultRegion) {
        if (raw == null || raw.isBlank()) {
            return Optional.empty();
        }
        try {
            PhoneNumber number = UTIL.parse(raw.replace('.', ' '), defaultRegion == null ? "ZZ" : defaultRegion);
            return UTIL.isValidNumber(number)
                    ? Optional.of(UTIL.format(number, PhoneNumberFormat.E164))
                    : Optional.empty();
        } catch (NumberParseException notANumber) {
            return Optional.empty();
        }
    }

    /** The international, grouped form of an E.164 number ("+375 17 288 2742"). */
    public static String display(String e164) {
        try {
            return UTIL.format(UTIL.parse(e164, "ZZ"), PhoneNumberFormat.INTERNATIONAL);
        } catch (NumberParseException notANumber) {
            return e164;
        }
    }

    /** The country an E.164 number belongs to ("BY"), if it belongs to one. */
    public static Optional<String> region(String e164) {
        try {
            String region = UTIL.getRegionCodeForNumber(UTIL.parse(e164, "ZZ"));
            return region == null || "ZZ".equals(region) || "001".equals(region) ? Optional.empty() : Optional.of(region);
        } catch (NumberParseException notANumber) {
            return Optional.empty();
        }
    }
}
