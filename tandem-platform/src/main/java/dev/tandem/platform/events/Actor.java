package dev.tandem.platform.events;

import java.util.Objects;

/**
 * The actor behind an event: a user id for people, a model or classifier id with its version for AI,
 * a component name for the system.
 */
public record Actor(ActorType type, String id) {

    public Actor {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(id, "id");
    }

    public static Actor human(String userId) {
        return new Actor(ActorType.HUMAN, userId);
    }

    public static Actor ai(String modelAndVersion) {
        return new Actor(ActorType.AI, modelAndVersion);
    }

    public static Actor system(String component) {
        return new Actor(ActorType.SYSTEM, component);
    }
}
