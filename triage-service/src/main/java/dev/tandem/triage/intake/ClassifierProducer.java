package dev.tandem.triage.intake;

import dev.tandem.triage.classify.Classifier;
import dev.tandem.triage.classify.RulesClassifier;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** The offline, deterministic rules classifier, loaded once from its versioned lexicon files. */
@ApplicationScoped
class ClassifierProducer {

    @Produces
    @Singleton
    Classifier classifier() {
        return RulesClassifier.fromClasspath();
    }
}
