package fr.packnum.support.entity;

import fr.packnum.territory.entity.GeoPoint;
import fr.packnum.territory.entity.InseeCode;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A support place ("lieu de médiation numérique": an EPN — espace public numérique —, a France
 * Services counter, a médiathèque, an association) where a household is followed up after its pack
 * is handed over. Known by its identifier in the national standard: importing the same place again
 * describes it anew. It holds an organisation's contact details, never a person's.
 */
@Entity
@Table(name = "support_places")
public class SupportPlace {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  @Column(name = "id")
  private Long id;

  @Column(name = "standard_id", nullable = false, updatable = false, length = 100)
  private String standardId;

  @Column(name = "pivot", length = 20)
  private String pivot;

  @Column(name = "nom", nullable = false, length = 300)
  private String name;

  @Column(name = "commune", nullable = false, length = 100)
  private String communeName;

  @Column(name = "code_postal", length = 5)
  private String postcode;

  @Column(name = "code_insee", nullable = false, length = 5)
  private String inseeCode;

  @Column(name = "adresse", nullable = false, length = 300)
  private String address;

  @Column(name = "latitude", nullable = false)
  private double latitude;

  @Column(name = "longitude", nullable = false)
  private double longitude;

  @Column(name = "typologie", length = 300)
  private String typology;

  @Column(name = "telephone", length = 40)
  private String phone;

  @Column(name = "courriels", length = 500)
  private String emails;

  @Column(name = "site_web", length = 1000)
  private String website;

  @Column(name = "horaires", length = 1000)
  private String openingHours;

  @Column(name = "services", nullable = false, length = 1000)
  private String services;

  @Column(name = "publics_specifiquement_adresses", length = 500)
  private String publics;

  @Column(name = "prise_en_charge_specifique", length = 500)
  private String specificSupport;

  @Column(name = "frais_a_charge", length = 500)
  private String fees;

  @Column(name = "dispositif_programmes_nationaux", length = 500)
  private String nationalProgrammes;

  @Column(name = "modalites_accompagnement", length = 500)
  private String supportModes;

  @Column(name = "prise_rdv", length = 500)
  private String appointmentUrl;

  @Column(name = "date_maj")
  private LocalDate updatedOn;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  protected SupportPlace() {}

  public SupportPlace(PlaceDescription description, Instant at) {
    this.standardId = description.standardId();
    this.createdAt = Objects.requireNonNull(at);
    describe(description, at);
  }

  /** Describes the place anew (a newer file, or a coordinator's edit); its identifier stays. */
  public void describe(PlaceDescription d, Instant at) {
    if (!standardId.equals(d.standardId())) {
      throw new IllegalArgumentException("Another place of the standard");
    }
    pivot = d.pivot();
    name = d.name();
    communeName = d.communeName();
    postcode = d.postcode();
    inseeCode = d.inseeCode().value();
    address = d.address();
    latitude = d.position().latitude();
    longitude = d.position().longitude();
    typology = d.typology();
    phone = d.phone();
    emails = d.emails();
    website = d.website();
    openingHours = d.openingHours();
    services = d.servicesText();
    publics = d.publics();
    specificSupport = d.specificSupport();
    fees = d.fees();
    nationalProgrammes = d.nationalProgrammes();
    supportModes = d.supportModes();
    appointmentUrl = d.appointmentUrl();
    updatedOn = d.updatedOn();
    updatedAt = Objects.requireNonNull(at);
  }

  /** The place as the standard describes it. */
  public PlaceDescription description() {
    return new PlaceDescription(
        standardId,
        pivot,
        name,
        communeName,
        postcode,
        new InseeCode(inseeCode),
        address,
        position(),
        typology,
        phone,
        emails,
        website,
        openingHours,
        services(),
        publics,
        specificSupport,
        fees,
        nationalProgrammes,
        supportModes,
        appointmentUrl,
        updatedOn);
  }

  public GeoPoint position() {
    return new GeoPoint(latitude, longitude);
  }

  public List<Service> services() {
    return Arrays.stream(services.split("\\|"))
        .map(Service::fromLabel)
        .flatMap(Optional::stream)
        .toList();
  }

  public boolean offers(Service service) {
    return service == null || services().contains(service);
  }

  /** How far the place is from {@code point}, in kilometres, as the crow flies. */
  public double kilometresFrom(GeoPoint point) {
    return position().kilometresTo(point);
  }

  public Long id() {
    return id;
  }

  public String standardId() {
    return standardId;
  }

  public String name() {
    return name;
  }

  public String communeName() {
    return communeName;
  }

  public long version() {
    return version;
  }

  public Instant updatedAt() {
    return updatedAt;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof SupportPlace place && standardId.equals(place.standardId);
  }

  @Override
  public int hashCode() {
    return standardId.hashCode();
  }
}
