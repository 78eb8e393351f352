package dev.tandem.triage.intake;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class DecisionRepository implements PanacheRepositoryBase<RoutingDecisionRecord, String> {
}
