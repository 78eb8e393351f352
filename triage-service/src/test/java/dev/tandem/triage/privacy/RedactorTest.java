package dev.tandem.triage.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RedactorTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "write to jane.doe+shop@example.co.uk please | write to [email] please",
            "call +44 7700 900123 today | call [phone] today",
            "call (555) 123-4567 | call [phone]",
            "mi número es 612 34 56 78 | mi número es [phone]",
            "order 1234 arrived on 2026-11-20 | order 1234 arrived on 2026-11-20",
            "no contact details here | no contact details here"})
    void shouldRedactEmailsAndPhoneNumbersOnly(String input, String expected) {
        assertThat(Redactor.redact(input)).isEqualTo(expected);
    }
}
