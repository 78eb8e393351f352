package dev.tandem.content.brand;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tandem.content.ContentConfig;
import dev.tandem.content.voice.BrandVoice;
import dev.tandem.content.voice.CustomRule;
import dev.tandem.content.voice.ValeFormatException;
import dev.tandem.content.voice.ValeImport;
import dev.tandem.platform.events.Actor;
import dev.tandem.platform.ids.TimeOrderedUuid;
import dev.tandem.platform.outbox.EventOutbox;
import dev.tandem.platform.problem.InvalidInputException;
import dev.tandem.platform.problem.NotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/** Brand voice profiles: every change is a new immutable version; old versions stay readable. */
@ApplicationScoped
class BrandService {

    private static final TypeReference<List<ValeRule>> RULES = new TypeReference<>() {
    };

    private final BrandRepository brands;
    private final BrandVersionRepository versions;
    private final EventOutbox outbox;
    private final ObjectMapper mapper;
    private final Clock clock;
    private final ContentConfig config;

    BrandService(BrandRepository brands, BrandVersionRepository versions, EventOutbox outbox, ObjectMapper mapper,
                 Clock clock, ContentConfig config) {
        this.brands = brands;
        this.versions = versions;
        this.outbox = outbox;
        this.mapper = mapper;
        this.clock = clock;
        this.config = config;
    }

    @Transactional
    BrandResponse create(BrandProfile profile, String user) {
        Brand brand = new Brand();
        brand.id = TimeOrderedUuid.next();
        brand.latestVersion = 1;
        brand.createdAt = clock.instant();
        brand.createdBy = user;
        brands.persist(brand);
        return addVersion(brand, profile.normalised(config.brands()), List.of(), user, "CREATED");
    }

    @Transactional
    BrandResponse update(String id, BrandProfile profile, String user) {
        Brand brand = brands.findForChange(id).orElseThrow(() -> new NotFoundException("Brand", id));
        List<ValeRule> rules = rulesOf(latestRow(brand));
        brand.latestVersion++;
        return addVersion(brand, profile.normalised(config.brands()), rules, user, "UPDATED");
    }

    /** Imports a Vale rule file; a rule with the same id as an earlier import replaces it. */
    @Transactional
    BrandResponse addValeRule(String id, String fileName, String yaml, String user) {
        CustomRule rule;
        try {
            rule = ValeImport.parse(fileName, yaml);
        } catch (ValeFormatException e) {
            throw new InvalidInputException("yaml", e.getMessage());
        }
        Brand brand = brands.findForChange(id).orElseThrow(() -> new NotFoundException("Brand", id));
        BrandVersion latest = latestRow(brand);
        List<ValeRule> rules = new ArrayList<>(rulesOf(latest));
        rules.removeIf(r -> r.rule().id().equals(rule.id()));
        rules.add(new ValeRule(fileName, yaml, rule));
        brand.latestVersion++;
        return addVersion(brand, profileOf(latest), rules, user, "VALE_RULE_ADDED");
    }

    @Transactional
    BrandResponse latest(String id) {
        Brand brand = brands.findByIdOptional(id).orElseThrow(() -> new NotFoundException("Brand", id));
        return view(brand, latestRow(brand));
    }

    @Transactional
    BrandResponse version(String id, int version) {
        Brand brand = brands.findByIdOptional(id).orElseThrow(() -> new NotFoundException("Brand", id));
        BrandVersion row = versions.findVersion(id, version)
                .orElseThrow(() -> new NotFoundException("Version " + version + " of brand", id));
        return view(brand, row);
    }

    @Transactional
    List<BrandVersionSummary> history(String id) {
        brands.findByIdOptional(id).orElseThrow(() -> new NotFoundException("Brand", id));
        return versions.listVersions(id).stream()
                .map(v -> new BrandVersionSummary(v.version, v.name, v.createdAt, v.createdBy)).toList();
    }

    /** The latest version number of a brand. */
    @Transactional
    int latestVersion(String id) {
        return brands.findByIdOptional(id).orElseThrow(() -> new NotFoundException("Brand", id)).latestVersion;
    }

    /** What the checks need of one version. */
    @Transactional
    BrandVoice voice(String id, int version) {
        BrandVersion row = versions.findVersion(id, version)
                .orElseThrow(() -> new NotFoundException("Version " + version + " of brand", id));
        return profileOf(row).toVoice(rulesOf(row).stream().map(ValeRule::rule).toList());
    }

    private BrandResponse addVersion(Brand brand, BrandProfile profile, List<ValeRule> rules, String user,
                                     String change) {
        BrandVersion row = new BrandVersion();
        row.brandId = brand.id;
        row.version = brand.latestVersion;
        row.name = profile.name();
        row.profile = json(profile);
        row.customRules = json(rules);
        row.createdAt = clock.instant();
        row.createdBy = user;
        versions.persist(row);
        Integer previous = row.version > 1 ? row.version - 1 : null;
        outbox.record(BrandChanged.TYPE, brand.id, brand.id, Actor.human(user),
                new BrandChanged(brand.id, row.version, previous, row.name, change, user));
        return BrandResponse.of(brand.id, brand.latestVersion, row, profile, rules);
    }

    private BrandVersion latestRow(Brand brand) {
        return versions.findVersion(brand.id, brand.latestVersion)
                .orElseThrow(() -> new IllegalStateException("brand " + brand.id + " lost its latest version"));
    }

    private BrandResponse view(Brand brand, BrandVersion row) {
        return BrandResponse.of(brand.id, brand.latestVersion, row, profileOf(row), rulesOf(row));
    }

    private BrandProfile profileOf(BrandVersion row) {
        try {
            return mapper.readValue(row.profile, BrandProfile.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored profile of brand " + row.brandId + " is unreadable", e);
        }
    }

    private List<ValeRule> rulesOf(BrandVersion row) {
        try {
            return mapper.readValue(row.customRules, RULES);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored rules of brand " + row.brandId + " are unreadable", e);
        }
    }

    private String json(Object value) {
        try {
            return mapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("brand profile cannot be serialised", e);
        }
    }
}
