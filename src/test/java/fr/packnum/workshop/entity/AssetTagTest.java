package fr.packnum.workshop.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AssetTagTest {

  @Test
  void readsBackTheDeviceIdFromItsPrintedForm() {
    for (long id : new long[] {0, 1, 2, 999, 1000, 1049, 123_456, AssetTag.SPACE - 1}) {
      String printed = new AssetTag(id).value();
      assertThat(printed).matches("PN-[0-9A-HJKMNP-TV-Z]{5}-[0-9A-HJKMNP-TV-Z]");
      assertThat(AssetTag.parse(printed)).contains(new AssetTag(id));
    }
  }

  @Test
  void neighbouringDevicesGetDissimilarTags() {
    String a = new AssetTag(1000).value();
    String b = new AssetTag(1001).value();
    int same = 0;
    for (int i = 3; i < 8; i++) {
      same += a.charAt(i) == b.charAt(i) ? 1 : 0;
    }
    assertThat(same).isLessThan(4);
  }

  @Test
  void everySingleMistypedCharacterIsDetected() {
    String digits = new AssetTag(4242).value().replace("-", "").substring(2);
    for (int position = 0; position < digits.length(); position++) {
      for (char c : AssetTag.ALPHABET.toCharArray()) {
        if (c != digits.charAt(position)) {
          String typo = digits.substring(0, position) + c + digits.substring(position + 1);
          assertThat(AssetTag.parse("PN" + typo)).as(typo).isEmpty();
        }
      }
    }
  }

  @Test
  void adjacentSwapsAreDetected() {
    String digits = new AssetTag(77_777).value().replace("-", "").substring(2);
    int detected = 0;
    int swaps = 0;
    for (int i = 0; i + 1 < digits.length(); i++) {
      if (digits.charAt(i) != digits.charAt(i + 1)) {
        swaps++;
        String swapped =
            digits.substring(0, i)
                + digits.charAt(i + 1)
                + digits.charAt(i)
                + digits.substring(i + 2);
        detected += AssetTag.parse("PN" + swapped).isEmpty() ? 1 : 0;
      }
    }
    assertThat(detected).isEqualTo(swaps);
  }

  @Test
  void typingIsForgiving() {
    AssetTag tag = new AssetTag(31_337);
    String printed = tag.value();
    assertThat(AssetTag.parse(printed.toLowerCase())).contains(tag);
    assertThat(AssetTag.parse(printed.replace("-", ""))).contains(tag);
    assertThat(AssetTag.parse(" " + printed.substring(3) + " ")).contains(tag);
    assertThat(AssetTag.parse(printed.replace('0', 'O').replace('1', 'I'))).contains(tag);
  }

  @Test
  void tagsAreUniqueOverAMillionDevices() {
    Set<String> seen = new HashSet<>();
    for (long id = 0; id < 1_000_000; id += 7) {
      assertThat(seen.add(new AssetTag(id).value())).isTrue();
    }
  }

  @Test
  void garbageIsNotATag() {
    assertThat(AssetTag.parse(null)).isEmpty();
    assertThat(AssetTag.parse("")).isEmpty();
    assertThat(AssetTag.parse("PN-UUUUU-U")).isEmpty();
    assertThat(AssetTag.parse("serial-12345")).isEmpty();
  }

  @Test
  void printedTagsNeverChangeForLabelsAlreadyStuckOnDevices() {
    assertThat(new AssetTag(0).value()).isEqualTo("PN-00000-0");
    assertThat(new AssetTag(1).value()).isEqualTo("PN-T7DEQ-D");
    assertThat(new AssetTag(2).value()).isEqualTo("PN-METXE-V");
    assertThat(new AssetTag(42)).hasToString("PN-DQNA6-E");
    assertThat(new AssetTag(123_456).value()).isEqualTo("PN-MRGY0-0");
    assertThat(new AssetTag(33_554_431).value()).isEqualTo("PN-5RJH9-P");
    assertThat(AssetTag.parse("PN-T7DEQ-D")).contains(new AssetTag(1));
  }

  @Test
  void deviceIdsBeyondTheTwentyFiveBitsOfATagAreRefused() {
    assertThat(new AssetTag((1L << 25) - 1).deviceId()).isEqualTo(33_554_431L);
    assertThatThrownBy(() -> new AssetTag(1L << 25)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new AssetTag(-1)).isInstanceOf(IllegalArgumentException.class);
  }
}
