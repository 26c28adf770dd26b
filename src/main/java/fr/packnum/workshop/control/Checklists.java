package fr.packnum.workshop.control;

import fr.packnum.workshop.entity.DeviceType;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * The functional test checklist of each device type (décret 2022-190: every function is tested
 * before a device is sold or given as "reconditionné"). Defaults below; each type's list can be
 * replaced by configuration, e.g. {@code PACKNUM_WORKSHOP_CHECKLIST_LAPTOP=screen,keyboard,…}.
 */
public final class Checklists {

  static final Map<DeviceType, List<String>> DEFAULTS = new EnumMap<>(DeviceType.class);

  static {
    DEFAULTS.put(
        DeviceType.LAPTOP,
        List.of(
            "screen",
            "keyboard",
            "touchpad",
            "usb-ports",
            "wifi",
            "webcam",
            "sound",
            "battery",
            "charger"));
    DEFAULTS.put(
        DeviceType.DESKTOP,
        List.of("usb-ports", "network", "sound", "video-output", "power-supply"));
    DEFAULTS.put(
        DeviceType.ALL_IN_ONE,
        List.of("screen", "usb-ports", "network", "webcam", "sound", "power-supply"));
    DEFAULTS.put(
        DeviceType.TABLET,
        List.of("screen", "touch", "wifi", "camera", "sound", "battery", "charger"));
    DEFAULTS.put(
        DeviceType.SMARTPHONE,
        List.of("screen", "touch", "wifi", "cellular", "camera", "sound", "battery", "charger"));
    DEFAULTS.put(DeviceType.SCREEN, List.of("display", "inputs", "power-supply"));
    DEFAULTS.put(DeviceType.BOX_4G, List.of("power-supply", "cellular", "wifi"));
    DEFAULTS.put(DeviceType.OTHER, List.of("power-supply"));
  }

  private final Map<DeviceType, List<String>> lists;

  /**
   * {@code configured} answers a type's configured list (comma-separated), or null for the default.
   */
  public Checklists(Function<String, String> configured) {
    lists = new EnumMap<>(DeviceType.class);
    for (DeviceType type : DeviceType.values()) {
      String value =
          configured.apply("packnum.workshop.checklist." + type.name().toLowerCase(Locale.ROOT));
      lists.put(
          type,
          value == null || value.isBlank()
              ? DEFAULTS.get(type)
              : Arrays.stream(value.split(","))
                  .map(String::strip)
                  .filter(s -> !s.isEmpty())
                  .toList());
    }
  }

  /**
   * The items to pass for a device of {@code type}; a device declared without webcam is not asked
   * to test one.
   */
  public List<String> forDevice(DeviceType type, Boolean hasWebcam) {
    List<String> items = lists.get(type);
    return Boolean.FALSE.equals(hasWebcam)
        ? items.stream().filter(i -> !i.equals("webcam")).toList()
        : items;
  }

  public List<String> forType(DeviceType type) {
    return lists.get(type);
  }
}
