package dev.tandem.triage.routing;

import dev.tandem.triage.classify.Intent;

/** Answers whether an approved reply template exists; only then may a message get an automatic reply. */
@FunctionalInterface
public interface TemplateCatalog {
    boolean hasApprovedTemplate(Intent intent, String language);
}
