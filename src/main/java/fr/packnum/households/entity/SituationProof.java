package fr.packnum.households.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.Optional;

/** One of a household's situations and the document that proves it (its type and date). */
@Entity
@Table(name = "household_situations")
public class SituationProof {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  @Column(name = "id")
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "household_id", nullable = false, updatable = false)
  private Household household;

  @Enumerated(EnumType.STRING)
  @Column(name = "situation", nullable = false, length = 20)
  private Situation situation;

  @Column(name = "proof_type", length = 80)
  private String proofType;

  @Column(name = "proof_date")
  private LocalDate proofDate;

  protected SituationProof() {}

  SituationProof(Household household, Situation situation, String proofType, LocalDate proofDate) {
    this.household = household;
    this.situation = situation;
    this.proofType = proofType;
    this.proofDate = proofDate;
  }

  public Situation situation() {
    return situation;
  }

  public Optional<String> proofType() {
    return Optional.ofNullable(proofType);
  }

  public Optional<LocalDate> proofDate() {
    return Optional.ofNullable(proofDate);
  }

  /** Keeps the situation for the statistics; the document's description and date go. */
  void anonymise() {
    this.proofType = null;
    this.proofDate = null;
  }
}
