package dev.tandem.content.voice;

import java.util.List;

/** One piece of copy to check; {@code personalizationFields} are merge fields such as {@code first_name}. */
public record CheckInput(Channel channel, Origin origin, String title, String body, List<String> personalizationFields) {
}
