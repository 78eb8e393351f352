package dev.tandem.triage.routing;

import dev.tandem.triage.classify.Classification;

/** Everything a rule may look at for one message; {@code classification} is null when the classifier failed. */
record Facts(Classification classification, CustomerFacts customer, RoutingContext context) {

    boolean classified() {
        return classification != null;
    }
}
