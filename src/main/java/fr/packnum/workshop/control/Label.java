package fr.packnum.workshop.control;

/**
 * One label: the device's asset tag (large, human-readable), the URL its QR code holds, a short
 * description (may be {@code null}).
 */
public record Label(String assetTag, String url, String description) {

  public Label {
    if (assetTag == null || assetTag.isBlank()) {
      throw new IllegalArgumentException("A label needs an asset tag");
    }
    if (url == null || url.isBlank()) {
      throw new IllegalArgumentException("A label needs the URL of its QR code: " + assetTag);
    }
    description = description == null ? "" : description;
  }
}
