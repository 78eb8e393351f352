package dev.tandem.platform.outbox;

import dev.tandem.platform.events.CloudEvent;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.rabbitmq.OutgoingRabbitMQMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.eclipse.microprofile.reactive.messaging.Metadata;
import org.eclipse.microprofile.reactive.messaging.OnOverflow;
import org.jboss.logging.Logger;

/**
 * Publishes outbox rows to {@code tandem.events}: persistent (delivery mode 2), routing key = type,
 * marked sent only after the broker's publisher confirm. A publish that is not confirmed in time is
 * retried with exponential backoff, so an event survives broker outages and service restarts;
 * consumers deduplicate on (source, id) because a retry can deliver an event twice.
 */
@ApplicationScoped
public class OutboxRelay {

    /** The outgoing channel every service configures against the {@code tandem.events} exchange. */
    public static final String CHANNEL = "tandem-events-out";

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    private static final int PERSISTENT = 2;

    private final OutboxRepository repository;
    private final OutboxConfig config;
    private final Clock clock;
    private final MutinyEmitter<String> emitter;

    OutboxRelay(OutboxRepository repository, OutboxConfig config, Clock clock,
                @Channel(CHANNEL) @OnOverflow(value = OnOverflow.Strategy.BUFFER, bufferSize = 4096)
                MutinyEmitter<String> emitter) {
        this.repository = repository;
        this.config = config;
        this.clock = clock;
        this.emitter = emitter;
    }

    @Scheduled(every = "${tandem.outbox.poll-interval:1s}", delayed = "1s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void relayDue() {
        if (!config.enabled()) {
            return;
        }
        int published;
        do {
            published = publishBatch();
        } while (published == config.batchSize());
    }

    @Scheduled(every = "1h", delayed = "1m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void purgeSent() {
        long purged = QuarkusTransaction.requiringNew()
                .call(() -> repository.purgeSentBefore(clock.instant().minus(config.retainSent())));
        if (purged > 0) {
            LOG.debugf("purged %d published outbox events", purged);
        }
    }

    /** Publishes one batch of due events; returns how many were confirmed. */
    public int publishBatch() {
        Duration txTimeout = config.confirmTimeout().plusSeconds(30);
        return QuarkusTransaction.requiringNew().timeout((int) txTimeout.toSeconds()).call(() -> {
            List<OutboxEvent> due = repository.lockDue(clock.instant(), config.batchSize());
            if (due.isEmpty()) {
                return 0;
            }
            List<Uni<Boolean>> confirms = new ArrayList<>(due.size());
            for (OutboxEvent event : due) {
                confirms.add(publish(event));
            }
            List<Boolean> results = Uni.join().all(confirms).andFailFast()
                    .await().atMost(config.confirmTimeout().plusSeconds(5));
            Instant now = clock.instant();
            List<Long> sent = new ArrayList<>();
            for (int i = 0; i < due.size(); i++) {
                OutboxEvent event = due.get(i);
                if (results.get(i)) {
                    sent.add(event.id);
                } else {
                    scheduleRetry(event, now);
                }
            }
            repository.markSent(sent, now);
            return sent.size();
        });
    }

    private Uni<Boolean> publish(OutboxEvent event) {
        OutgoingRabbitMQMetadata metadata = OutgoingRabbitMQMetadata.builder()
                .withRoutingKey(event.type)
                .withDeliveryMode(PERSISTENT)
                .withContentType(CloudEvent.CONTENT_TYPE)
                .withMessageId(event.eventId)
                .withTimestamp(event.createdAt.atZone(java.time.ZoneOffset.UTC))
                .build();
        Message<String> message = Message.of(event.envelope, Metadata.of(metadata));
        return emitter.sendMessage(message)
                .replaceWith(Boolean.TRUE)
                .ifNoItem().after(config.confirmTimeout()).recoverWithItem(Boolean.FALSE)
                .onFailure().recoverWithItem(failure -> {
                    event.lastError = abbreviate(failure.getMessage());
                    return Boolean.FALSE;
                });
    }

    private void scheduleRetry(OutboxEvent event, Instant now) {
        event.attempts++;
        long factor = 1L << Math.min(event.attempts - 1, 16);
        Duration delay = config.initialBackoff().multipliedBy(factor);
        if (delay.compareTo(config.maxBackoff()) > 0) {
            delay = config.maxBackoff();
        }
        event.nextAttemptAt = now.plus(delay);
        if (event.lastError == null) {
            event.lastError = "no publisher confirm within " + config.confirmTimeout();
        }
        LOG.warnf("event %s (%s) not confirmed, attempt %d; retrying in %s",
                event.eventId, event.type, event.attempts, delay);
    }

    private static String abbreviate(String text) {
        if (text == null) {
            return "publish failed";
        }
        return text.length() > 480 ? text.substring(0, 480) : text;
    }
}
