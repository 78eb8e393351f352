package dev.tandem.triage.policy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tandem.platform.events.Actor;
import dev.tandem.platform.outbox.EventOutbox;
import dev.tandem.platform.problem.InvalidInputException;
import dev.tandem.platform.problem.NotFoundException;
import dev.tandem.platform.problem.Violation;
import dev.tandem.triage.routing.PolicyFormatException;
import dev.tandem.triage.routing.RoutingPolicy;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The versioned routing policy in the database. Version 1 is seeded from the default policy when the
 * table is empty; the version in force is kept in memory and re-read every few seconds so that changes
 * made through another replica take effect here too.
 */
@ApplicationScoped
public class PolicyService {

    static final String SEEDED_BY = "system:default-policy";

    private final PolicyRepository repository;
    private final EventOutbox outbox;
    private final ObjectMapper mapper;
    private final Clock clock;
    private volatile RoutingPolicy current;
    /** Versions never change, so each one read back is kept (there are few). */
    private final Map<Integer, RoutingPolicy> versions = new ConcurrentHashMap<>();

    PolicyService(PolicyRepository repository, EventOutbox outbox, ObjectMapper mapper, Clock clock) {
        this.repository = repository;
        this.outbox = outbox;
        this.mapper = mapper;
        this.clock = clock;
    }

    void seed(@Observes StartupEvent event) {
        QuarkusTransaction.requiringNew().run(() -> {
            if (repository.count() == 0) {
                RoutingPolicy policy = RoutingPolicy.parse(1, RoutingPolicy.defaultJson());
                store(policy, SEEDED_BY);
            }
        });
        refresh();
    }

    /** The policy in force. */
    public RoutingPolicy current() {
        return current;
    }

    /** The policy of that version, for reading decisions made under it; empty for an unknown version. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<RoutingPolicy> policy(int version) {
        RoutingPolicy known = versions.get(version);
        if (known != null) {
            return Optional.of(known);
        }
        return repository.findByIdOptional(version).map(v -> {
            RoutingPolicy policy = RoutingPolicy.parse(v.version, v.rules);
            versions.put(version, policy);
            return policy;
        });
    }

    @Scheduled(every = "${tandem.triage.policy-refresh:5s}", delayed = "5s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void refresh() {
        PolicyVersion latest = QuarkusTransaction.requiringNew().call(() -> repository.latest().orElseThrow());
        if (current == null || current.version() != latest.version) {
            current = RoutingPolicy.parse(latest.version, latest.rules);
        }
    }

    @Transactional
    PolicyDtos.PolicyResponse currentVersion() {
        return view(repository.latest().orElseThrow(() -> new NotFoundException("Routing policy", "current")));
    }

    @Transactional
    PolicyDtos.PolicyResponse version(int version) {
        return view(repository.findByIdOptional(version)
                .orElseThrow(() -> new NotFoundException("Routing policy version", String.valueOf(version))));
    }

    @Transactional
    List<PolicyDtos.PolicyResponse> versions() {
        return repository.history().stream()
                .map(v -> new PolicyDtos.PolicyResponse(v.version, v.ruleCount, v.createdAt, v.createdBy, null))
                .toList();
    }

    /** Stores the rules as the next version and records {@code triage.policy.changed}. */
    @Transactional
    PolicyDtos.PolicyResponse change(JsonNode rules, String user) {
        Integer previous = repository.latestForUpdate().map(v -> v.version).orElse(null);
        int next = previous == null ? 1 : previous + 1;
        RoutingPolicy policy = parse(next, rules);
        PolicyVersion stored = store(policy, user);
        outbox.record(PolicyChanged.TYPE, String.valueOf(next), String.valueOf(next), Actor.human(user),
                new PolicyChanged(next, previous, user, policy.ruleCount()));
        current = policy;
        return view(stored);
    }

    /** Parses proposed rules, turning a format error into a 400 problem with the parser's message. */
    RoutingPolicy parse(int version, JsonNode rules) {
        try {
            return RoutingPolicy.parse(version, mapper.writeValueAsString(rules));
        } catch (PolicyFormatException e) {
            throw new InvalidInputException(e.getMessage(),
                    List.of(new Violation("policy." + e.field(), e.getMessage())));
        } catch (JsonProcessingException e) {
            throw new InvalidInputException("policy", "is not valid JSON");
        }
    }

    private PolicyVersion store(RoutingPolicy policy, String user) {
        PolicyVersion row = new PolicyVersion();
        row.version = policy.version();
        row.rules = policy.json();
        row.ruleCount = policy.ruleCount();
        row.createdAt = clock.instant();
        row.createdBy = user;
        repository.persist(row);
        return row;
    }

    private PolicyDtos.PolicyResponse view(PolicyVersion v) {
        try {
            return new PolicyDtos.PolicyResponse(v.version, v.ruleCount, v.createdAt, v.createdBy, mapper.readTree(v.rules));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored policy " + v.version + " is not JSON", e);
        }
    }
}
