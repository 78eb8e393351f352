package dev.tandem.triage.template;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

@ApplicationScoped
class TemplateRepository implements PanacheRepositoryBase<ReplyTemplate, String> {

    List<ReplyTemplate> allOrdered() {
        return listAll(Sort.by("intent").and("language").and("publishedAt", Sort.Direction.Descending)
                .and("templateId"));
    }
}
