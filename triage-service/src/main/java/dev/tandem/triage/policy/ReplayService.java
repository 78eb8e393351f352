package dev.tandem.triage.policy;

import dev.tandem.platform.problem.InvalidInputException;
import dev.tandem.triage.Json;
import dev.tandem.triage.TriageConfig;
import dev.tandem.triage.classify.Classification;
import dev.tandem.triage.intake.CustomerMessage;
import dev.tandem.triage.intake.MessageRepository;
import dev.tandem.triage.routing.CustomerFacts;
import dev.tandem.triage.routing.DealStage;
import dev.tandem.triage.routing.Decision;
import dev.tandem.triage.routing.PolicyEngine;
import dev.tandem.triage.routing.RoutingContext;
import dev.tandem.triage.routing.RoutingPolicy;
import dev.tandem.triage.routing.Tier;
import dev.tandem.triage.template.ApprovedTemplates;
import dev.tandem.triage.template.TemplateSnapshot;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Runs a proposed policy over stored messages — their stored classification, customer facts and the
 * owner and classifier failure recorded at the time, with today's templates — and reports what would
 * change. It reads only; nothing is stored or published.
 */
@ApplicationScoped
class ReplayService {

    private final PolicyService policies;
    private final MessageRepository messages;
    private final ApprovedTemplates templates;
    private final TriageConfig config;
    private final Json json;
    private final PolicyEngine engine = new PolicyEngine();

    ReplayService(PolicyService policies, MessageRepository messages, ApprovedTemplates templates,
                  TriageConfig config, Json json) {
        this.policies = policies;
        this.messages = messages;
        this.templates = templates;
        this.config = config;
        this.json = json;
    }

    @Transactional(Transactional.TxType.REQUIRED)
    PolicyDtos.ReplayReport replay(PolicyDtos.ReplayRequest request) {
        int currentVersion = policies.current().version();
        RoutingPolicy proposed = policies.parse(currentVersion + 1, request.policy());
        List<CustomerMessage> selected = select(request);
        TemplateSnapshot catalogue = templates.snapshot();
        Map<String, Integer> changes = new TreeMap<>();
        Map<String, Integer> proposedRoutes = new TreeMap<>();
        List<PolicyDtos.RouteChange> changed = new ArrayList<>();
        for (CustomerMessage m : selected) {
            Classification classification = m.classification == null ? null
                    : json.read(m.classification, Classification.class);
            String failure = m.decision.classifierFailure;
            String owner = m.decision.ownerAgentId;
            Decision after = engine.decide(proposed, classification, facts(m),
                    new RoutingContext(catalogue, owner, classification == null && failure == null
                            ? "no stored classification" : failure));
            proposedRoutes.merge(after.route().name(), 1, Integer::sum);
            if (!after.route().name().equals(m.route)) {
                changes.merge(m.route + "->" + after.route().name(), 1, Integer::sum);
                changed.add(new PolicyDtos.RouteChange(m.id, m.receivedAt, m.intent, m.route, after.route().name(),
                        after.decidingRuleId(), after.explanation()));
            }
        }
        return new PolicyDtos.ReplayReport(currentVersion, selected.size(), selected.size() - changed.size(),
                changed.size(), changes, proposedRoutes, changed);
    }

    private List<CustomerMessage> select(PolicyDtos.ReplayRequest request) {
        if (request.from() != null || request.to() != null) {
            if (request.from() == null || request.to() == null || !request.to().isAfter(request.from())) {
                throw new InvalidInputException("to", "from and to must both be given, with to after from");
            }
            return messages.receivedBetween(request.from(), request.to(), config.replayMaxMessages());
        }
        int n = request.lastN() == null ? config.replayDefaultLastN() : Math.min(request.lastN(), config.replayMaxMessages());
        return messages.latest(n);
    }

    static CustomerFacts facts(CustomerMessage m) {
        return new CustomerFacts(m.customerId, Tier.valueOf(m.customerTier), m.tenureMonths, m.lifetimeValue,
                DealStage.valueOf(m.dealStage), m.aiOptOut, m.language, m.region);
    }
}
