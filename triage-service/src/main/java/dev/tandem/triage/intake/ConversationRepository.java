package dev.tandem.triage.intake;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class ConversationRepository implements PanacheRepositoryBase<Conversation, String> {
}
