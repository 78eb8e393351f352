package dev.tandem.platform.outbox;

import com.rabbitmq.client.AMQP;
import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import com.rabbitmq.client.ConnectionFactory;
import dev.tandem.platform.events.CloudEvent;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Date;
import java.util.List;
import java.util.concurrent.TimeoutException;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Publishes outbox rows to the events exchange on a channel in confirm mode: a batch counts as
 * delivered only when the broker has confirmed every message of it. Reconnects lazily, so a broker
 * outage costs failed batches (retried by the relay) and never a lost event.
 */
@ApplicationScoped
class BrokerPublisher {

    private static final Logger LOG = Logger.getLogger(BrokerPublisher.class);
    private static final int PERSISTENT = 2;

    private final ConnectionFactory factory;
    private final String exchange;
    private final String clientName;
    private Connection connection;
    private Channel channel;

    BrokerPublisher(@ConfigProperty(name = "rabbitmq-host", defaultValue = "localhost") String host,
                    @ConfigProperty(name = "rabbitmq-port", defaultValue = "5672") int port,
                    @ConfigProperty(name = "rabbitmq-username", defaultValue = "guest") String username,
                    @ConfigProperty(name = "rabbitmq-password", defaultValue = "guest") String password,
                    @ConfigProperty(name = "rabbitmq-virtual-host", defaultValue = "/") String virtualHost,
                    @ConfigProperty(name = "tandem.events.exchange") String exchange,
                    @ConfigProperty(name = "tandem.events.source") String source) {
        this.exchange = exchange;
        this.clientName = "outbox-relay " + source;
        this.factory = new ConnectionFactory();
        factory.setHost(host);
        factory.setPort(port);
        factory.setUsername(username);
        factory.setPassword(password);
        factory.setVirtualHost(virtualHost);
        factory.setConnectionTimeout(5_000);
        factory.setAutomaticRecoveryEnabled(false);
    }

    /** Publishes the batch and waits for the broker's confirms; true only if every message was confirmed. */
    synchronized boolean publish(List<OutboxEvent> batch, Duration confirmTimeout) {
        try {
            Channel ch = channel();
            for (OutboxEvent event : batch) {
                AMQP.BasicProperties properties = new AMQP.BasicProperties.Builder()
                        .deliveryMode(PERSISTENT)
                        .contentType(CloudEvent.CONTENT_TYPE)
                        .contentEncoding("utf-8")
                        .messageId(event.eventId)
                        .type(event.type)
                        .timestamp(Date.from(event.createdAt))
                        .build();
                ch.basicPublish(exchange, event.type, properties, event.envelope.getBytes(StandardCharsets.UTF_8));
            }
            return ch.waitForConfirms(confirmTimeout.toMillis());
        } catch (IOException | TimeoutException | RuntimeException e) {
            LOG.warnf("publishing %d events to %s failed: %s", batch.size(), exchange, e.getMessage());
            closeQuietly();
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            closeQuietly();
            return false;
        }
    }

    private Channel channel() throws IOException, TimeoutException {
        if (channel != null && channel.isOpen()) {
            return channel;
        }
        closeQuietly();
        connection = factory.newConnection(clientName);
        channel = connection.createChannel();
        channel.exchangeDeclare(exchange, "topic", true);
        channel.confirmSelect();
        LOG.infof("outbox relay connected to %s:%d, exchange %s", factory.getHost(), factory.getPort(), exchange);
        return channel;
    }

    @PreDestroy
    synchronized void closeQuietly() {
        try {
            if (connection != null && connection.isOpen()) {
                connection.abort(1_000);
            }
        } finally {
            connection = null;
            channel = null;
        }
    }
}
