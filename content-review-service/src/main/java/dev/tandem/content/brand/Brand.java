package dev.tandem.content.brand;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A brand voice profile's identity; its content lives in {@link BrandVersion}s. */
@Entity
@Table(name = "brand")
class Brand {

    @Id
    public String id;

    @Column(name = "latest_version", nullable = false)
    public int latestVersion;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    @Column(name = "created_by", nullable = false, updatable = false)
    public String createdBy;
}
