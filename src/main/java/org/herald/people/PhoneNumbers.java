package org.herald.people;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;

/** Phone numbers through libphonenumber: parsed, validated, stored in E.164, shown grouped. */
public final class PhoneNumbers {

    private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();
    /**
     * Numbers read before, by what was written and the region: an archive gives the same press
     * officers' numbers thousands of times, and libphonenumber's parsing (regular expressions)
     * was a tenth of an import's parsing time. Emptied when full rather than kept in order.
     */
    private static final Map<String, Optional<String>> READ = new ConcurrentHashMap<>();
    private static final int READ_LIMIT = 10_000;

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
        if (READ.size() >= READ_LIMIT) {
            READ.clear();
        }
        return READ.computeIfAbsent((defaultRegion == null ? "" : defaultRegion) + ' ' + raw,
                key -> parse(raw, defaultRegion));
    }

    private static Optional<String> parse(String raw, String defaultRegion) {
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
