package dev.tandem.content.check;

import dev.tandem.content.brand.VoiceCheck;
import dev.tandem.content.voice.Finding;
import dev.tandem.content.voice.Severity;
import java.util.List;

/** The contract's check response. */
record CheckResponse(List<FindingResponse> findings, int voiceScore, double gradeLevel, int brandVersion,
                     String brandId) {

    record FindingResponse(String code, Severity severity, String message, int start, int end, String match,
                           String suggestion, String ruleId) {

        static FindingResponse of(Finding f) {
            return new FindingResponse(f.code(), f.severity(), f.message(), f.start(), f.end(), f.match(),
                    f.suggestion(), f.ruleId());
        }
    }

    static CheckResponse of(VoiceCheck check) {
        return new CheckResponse(check.report().findings().stream().map(FindingResponse::of).toList(),
                check.report().voiceScore(), check.report().gradeLevel(), check.brandVersion(), check.brandId());
    }
}
