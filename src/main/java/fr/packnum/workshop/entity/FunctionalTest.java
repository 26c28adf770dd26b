package fr.packnum.workshop.entity;

import fr.packnum.platform.entity.Actor;
import fr.packnum.platform.entity.FlagConverter;
import fr.packnum.platform.entity.Notes;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One run of the functional test checklist (décret 2022-190: every function of a "reconditionné"
 * device is tested): each item passed or failed.
 */
@Entity
@Table(name = "functional_tests")
public class FunctionalTest {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  @Column(name = "id")
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "device_id", nullable = false, updatable = false)
  private Device device;

  @Column(name = "tested_at", nullable = false, updatable = false)
  private Instant testedAt;

  /** The technician who signed this step; the columns were named before {@link Actor} was. */
  @Embedded
  @AttributeOverride(name = "id", column = @Column(name = "technician_id", updatable = false))
  @AttributeOverride(
      name = "name",
      column =
          @Column(
              name = "technician_name",
              nullable = false,
              updatable = false,
              length = Actor.NAME_LENGTH))
  private Actor technician;

  @Column(name = "notes", length = Notes.MAX_LENGTH, updatable = false)
  private String notes;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "functional_test_items", joinColumns = @JoinColumn(name = "test_id"))
  @MapKeyColumn(name = "item", length = 40)
  @Convert(converter = FlagConverter.class)
  @Column(name = "passed", nullable = false)
  private Map<String, Boolean> items = new TreeMap<>();

  protected FunctionalTest() {}

  FunctionalTest(
      Device device, Map<String, Boolean> items, String notes, Actor technician, Instant at) {
    if (items.isEmpty()) {
      throw new IllegalArgumentException("A test checks at least one item");
    }
    this.device = device;
    this.items = new TreeMap<>(items);
    this.notes = Notes.normalise(notes);
    this.technician = technician;
    this.testedAt = at;
  }

  /** The checklist items that are not recorded as passed in this run. */
  public List<String> notPassed(Collection<String> checklist) {
    return checklist.stream().filter(item -> !Boolean.TRUE.equals(items.get(item))).toList();
  }

  public Map<String, Boolean> items() {
    return Map.copyOf(items);
  }

  public Instant testedAt() {
    return testedAt;
  }

  public Actor technician() {
    return technician;
  }
}
