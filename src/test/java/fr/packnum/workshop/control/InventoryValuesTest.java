package fr.packnum.workshop.control;

import static org.assertj.core.api.Assertions.assertThat;

import fr.packnum.platform.control.Messages;
import fr.packnum.workshop.entity.DeviceType;
import fr.packnum.workshop.entity.KeyboardLayout;
import fr.packnum.workshop.entity.StorageKind;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class InventoryValuesTest {

  @Test
  void numbersAsFrenchAndEnglishDonorsWriteThem() {
    assertThat(number("15,6", InventoryValues.INCHES)).isEqualByComparingTo("15.6");
    assertThat(number("15.6\"", InventoryValues.INCHES)).isEqualByComparingTo("15.6");
    assertThat(number("24 pouces", InventoryValues.INCHES)).isEqualByComparingTo("24");
    assertThat(number("1 000", InventoryValues.GIGA_OR_TERA)).isEqualByComparingTo("1000");
    assertThat(number("1\u202F000", InventoryValues.GIGA_OR_TERA)).isEqualByComparingTo("1000");
    assertThat(number("1,000", InventoryValues.GIGA_OR_TERA)).isEqualByComparingTo("1000");
    assertThat(number("1.000,5", InventoryValues.GIGA_OR_TERA)).isEqualByComparingTo("1000.5");
    assertThat(number("0,512", InventoryValues.GIGA_OR_TERA)).isEqualByComparingTo("0.512");
    assertThat(number("8 Go", InventoryValues.GIGA_OR_TERA)).isEqualByComparingTo("8");
    assertThat(number("512GB", InventoryValues.GIGA_OR_TERA)).isEqualByComparingTo("512");
    assertThat(number("2 To", InventoryValues.GIGA_OR_TERA)).isEqualByComparingTo("2000");
    assertThat(number("85 %", InventoryValues.PERCENT)).isEqualByComparingTo("85");
    assertThat(number("1.23456789012E11", List.of())).isEqualByComparingTo("123456789012");
  }

  @Test
  void numbersWithUnitsGluedOrNotAndFrenchDecimalCommas() {
    assertThat(number("8Go", InventoryValues.GIGA_OR_TERA)).isEqualByComparingTo("8");
    assertThat(number("15,6\"", InventoryValues.INCHES)).isEqualByComparingTo("15.6");
    assertThat(number("15,6 pouces", InventoryValues.INCHES)).isEqualByComparingTo("15.6");
    assertThat(InventoryValues.grams("1,8 kg")).isEqualByComparingTo("1800");
    assertThat(InventoryValues.grams("1,8")).isEqualByComparingTo("1800");
    assertThat(InventoryValues.grams("1 800 g")).isEqualByComparingTo("1800");
    assertThat(InventoryValues.grams("2,35 kilos")).isEqualByComparingTo("2350");
    assertThat(InventoryValues.grams("lourd")).isNull();
    assertThat(InventoryValues.grams("2 lb")).isNull();
  }

  @Test
  void notNumbersAndUnknownUnitsAreRefused() {
    assertThat(number("beaucoup", InventoryValues.GIGA_OR_TERA)).isNull();
    assertThat(number("512 Mo", InventoryValues.GIGA_OR_TERA)).isNull();
    assertThat(number("8 Go", InventoryValues.INCHES)).isNull();
    assertThat(number("1.2.3", List.of())).isNull();
    assertThat(number("", List.of())).isNull();
  }

  @Test
  void wordsInFrenchAndEnglishWhateverTheirCaseAndAccents() {
    assertThat(InventoryValues.deviceType("Ordinateur Portable")).isEqualTo(DeviceType.LAPTOP);
    assertThat(InventoryValues.deviceType("TOUT EN UN")).isEqualTo(DeviceType.ALL_IN_ONE);
    assertThat(InventoryValues.deviceType("ALL_IN_ONE")).isEqualTo(DeviceType.ALL_IN_ONE);
    assertThat(InventoryValues.deviceType("Ecran")).isEqualTo(DeviceType.SCREEN);
    assertThat(InventoryValues.deviceType("moniteur")).isEqualTo(DeviceType.SCREEN);
    assertThat(InventoryValues.deviceType("Box 4G")).isEqualTo(DeviceType.BOX_4G);
    assertThat(InventoryValues.deviceType("grille-pain")).isNull();
    assertThat(InventoryValues.storageKind("ssd nvme")).isEqualTo(StorageKind.NVME);
    assertThat(InventoryValues.keyboardLayout("azerty")).isEqualTo(KeyboardLayout.AZERTY_FR);
    assertThat(InventoryValues.keyboardLayout("Bépo")).isEqualTo(KeyboardLayout.BEPO);
    assertThat(InventoryValues.yesNo("X")).isTrue();
    assertThat(InventoryValues.yesNo("Non")).isFalse();
    assertThat(InventoryValues.yesNo("TRUE")).isTrue();
    assertThat(InventoryValues.yesNo("peut-être")).isNull();
  }

  @Test
  void wordsTheTemplateOffersMeanTheirValueInOrder() {
    for (Locale locale : List.of(Messages.FRENCH, Messages.ENGLISH)) {
      assertThat(InventoryValues.typeLabels(locale).stream().map(InventoryValues::deviceType))
          .containsExactlyElementsOf(Arrays.asList(DeviceType.values()));
      assertThat(
              InventoryValues.storageKindLabels(locale).stream().map(InventoryValues::storageKind))
          .containsExactlyElementsOf(Arrays.asList(StorageKind.values()));
      assertThat(
              InventoryValues.keyboardLabels(locale).stream().map(InventoryValues::keyboardLayout))
          .containsExactlyElementsOf(Arrays.asList(KeyboardLayout.values()));
      assertThat(InventoryValues.yesNoLabels(locale).stream().map(InventoryValues::yesNo))
          .containsExactly(true, false);
    }
  }

  @Test
  void cellsAreTrimmedOfNoBreakSpacesToo() {
    assertThat(InventoryValues.clean("\u00A0 SN1\u202F\t")).isEqualTo("SN1");
    assertThat(InventoryValues.clean(" \u00A0 ")).isNull();
  }

  private static BigDecimal number(String text, List<String> units) {
    return InventoryValues.number(text, units);
  }
}
