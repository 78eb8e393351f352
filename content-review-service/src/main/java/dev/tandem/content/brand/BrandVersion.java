package dev.tandem.content.brand;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One immutable version of a brand voice profile. */
@Entity
@Table(name = "brand_version")
class BrandVersion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "brand_id", nullable = false, updatable = false)
    public String brandId;

    @Column(nullable = false, updatable = false)
    public int version;

    @Column(nullable = false, updatable = false)
    public String name;

    /** The normalised {@link BrandProfile} as JSON. */
    @Column(nullable = false, updatable = false)
    public String profile;

    /** The imported Vale rules ({@link ValeRule}s) as a JSON array. */
    @Column(name = "custom_rules", nullable = false, updatable = false)
    public String customRules;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    @Column(name = "created_by", nullable = false, updatable = false)
    public String createdBy;
}
