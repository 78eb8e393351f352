package dev.tandem.content.brand;

/** Data of {@code content.brand.changed}: a new profile version exists. */
record BrandChanged(String brandId, int version, Integer previousVersion, String name, String change,
                    String changedBy) {

    static final String TYPE = "content.brand.changed";
}
