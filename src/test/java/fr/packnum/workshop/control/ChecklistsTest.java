package fr.packnum.workshop.control;

import static org.assertj.core.api.Assertions.assertThat;

import fr.packnum.workshop.entity.DeviceType;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ChecklistsTest {

  @Test
  void everyTypeHasADefaultChecklist() {
    Checklists checklists = new Checklists(key -> null);
    for (DeviceType type : DeviceType.values()) {
      assertThat(checklists.forType(type)).isNotEmpty();
    }
    assertThat(checklists.forType(DeviceType.LAPTOP))
        .contains("screen", "keyboard", "wifi", "battery");
  }

  @Test
  void configurationReplacesATypesList() {
    Checklists checklists =
        new Checklists(Map.of("packnum.workshop.checklist.tablet", " screen, touch ,wifi,")::get);
    assertThat(checklists.forType(DeviceType.TABLET)).containsExactly("screen", "touch", "wifi");
    assertThat(checklists.forType(DeviceType.LAPTOP))
        .isEqualTo(Checklists.DEFAULTS.get(DeviceType.LAPTOP));
  }

  @Test
  void aDeviceWithoutWebcamIsNotAskedToTestOne() {
    Checklists checklists = new Checklists(key -> null);
    assertThat(checklists.forDevice(DeviceType.LAPTOP, false)).doesNotContain("webcam");
    assertThat(checklists.forDevice(DeviceType.LAPTOP, true)).contains("webcam");
    assertThat(checklists.forDevice(DeviceType.LAPTOP, null)).contains("webcam");
  }
}
