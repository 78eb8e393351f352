package dev.tandem.platform.events;

/** Who made a decision: the contract's {@code actortype} extension. */
public enum ActorType {
    AI, HUMAN, SYSTEM
}
