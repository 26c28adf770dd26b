package fr.packnum.matching.control;

import fr.packnum.households.entity.Connectivity;
import fr.packnum.households.entity.Need;
import fr.packnum.households.entity.PreferredDevice;
import fr.packnum.households.entity.RequiredFeature;
import fr.packnum.households.entity.Urgency;
import fr.packnum.workshop.entity.DeviceStatus;
import fr.packnum.workshop.entity.DeviceType;
import fr.packnum.workshop.entity.Grade;
import fr.packnum.workshop.entity.KeyboardLayout;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

/**
 * Seeded random shelves and queues shaped like a real programme's: mostly laptops, some desktops
 * and tablets, a few devices not ready or kept for parts; most requests want ANY or a laptop, a
 * minority require a webcam or a keyboard, few a large screen, a long battery or a light device.
 */
public final class Instances {

  private Instances() {}

  public static List<ShelfDevice> shelf(Random random, int size) {
    List<ShelfDevice> shelf = new ArrayList<>();
    for (int i = 0; i < size; i++) {
      shelf.add(device(random, 1_000_000L + i));
    }
    return shelf;
  }

  public static List<QueuedRequest> queue(Random random, int size) {
    List<QueuedRequest> queue = new ArrayList<>();
    for (int i = 0; i < size; i++) {
      queue.add(request(random, 2_000_000L + i));
    }
    return queue;
  }

  static ShelfDevice device(Random random, long id) {
    DeviceType type =
        pick(
            random,
            new DeviceType[] {
              DeviceType.LAPTOP,
              DeviceType.DESKTOP,
              DeviceType.ALL_IN_ONE,
              DeviceType.TABLET,
              DeviceType.SMARTPHONE
            },
            new int[] {60, 18, 5, 14, 3});
    DeviceStatus status = random.nextInt(100) < 90 ? DeviceStatus.READY : DeviceStatus.RESERVED;
    boolean donor = random.nextInt(100) < 3;
    Grade grade = pick(random, Grade.values(), new int[] {25, 50, 25});
    Integer ram =
        maybe(random, 95, pick(random, new Integer[] {2, 4, 8, 16}, new int[] {10, 40, 40, 10}))
            .orElse(null);
    boolean portable = type == DeviceType.LAPTOP || type == DeviceType.TABLET;
    BigDecimal screen =
        type == DeviceType.DESKTOP && random.nextBoolean()
            ? null
            : maybe(
                    random,
                    90,
                    pick(
                        random,
                        type == DeviceType.TABLET
                            ? new String[] {"8", "10.1", "11"}
                            : new String[] {"11.6", "13.3", "14", "15.6", "17.3", "21.5", "24"},
                        type == DeviceType.TABLET
                            ? new int[] {30, 50, 20}
                            : type == DeviceType.LAPTOP
                                ? new int[] {5, 25, 30, 32, 8, 0, 0}
                                : new int[] {0, 0, 0, 0, 10, 50, 40}))
                .map(BigDecimal::new)
                .orElse(null);
    Integer battery = portable ? maybe(random, 85, 50 + random.nextInt(51)).orElse(null) : null;
    Boolean webcam =
        maybe(
                random,
                80,
                type == DeviceType.DESKTOP ? random.nextInt(100) < 30 : random.nextInt(100) < 85)
            .orElse(null);
    KeyboardLayout layout =
        type == DeviceType.TABLET
            ? null
            : maybe(
                    random,
                    90,
                    pick(
                        random,
                        new KeyboardLayout[] {
                          KeyboardLayout.AZERTY_FR,
                          KeyboardLayout.AZERTY_BE,
                          KeyboardLayout.QWERTY_US
                        },
                        new int[] {85, 5, 10}))
                .orElse(null);
    Integer weight =
        portable
            ? maybe(
                    random,
                    60,
                    type == DeviceType.TABLET
                        ? 450 + random.nextInt(300)
                        : 1_100 + random.nextInt(1_400))
                .orElse(null)
            : null;
    return new ShelfDevice(
        id, "PN-" + id, type, status, donor, grade, ram, screen, battery, webcam, layout, weight);
  }

  static QueuedRequest request(Random random, long id) {
    PreferredDevice wanted =
        pick(
            random,
            new PreferredDevice[] {
              PreferredDevice.ANY,
              PreferredDevice.LAPTOP,
              PreferredDevice.DESKTOP,
              PreferredDevice.TABLET
            },
            new int[] {45, 40, 8, 7});
    Set<RequiredFeature> features = EnumSet.noneOf(RequiredFeature.class);
    addSometimes(random, features, RequiredFeature.WEBCAM, 25);
    addSometimes(random, features, RequiredFeature.KEYBOARD, 15);
    addSometimes(random, features, RequiredFeature.LARGE_SCREEN, 5);
    addSometimes(random, features, RequiredFeature.LONG_BATTERY, 5);
    addSometimes(random, features, RequiredFeature.LIGHTWEIGHT, 4);
    int household = 1 + random.nextInt(6);
    int children = random.nextInt(100) < 55 ? random.nextInt(household) : 0;
    Set<Need> needs = EnumSet.noneOf(Need.class);
    if (children > 0) {
      needs.add(Need.SCHOOL);
    }
    addSometimes(random, needs, Need.JOB_SEARCH, 35);
    addSometimes(random, needs, Need.ADMINISTRATIVE, 60);
    addSometimes(random, needs, Need.HEALTH, 15);
    addSometimes(random, needs, Need.SOCIAL_TIES, 20);
    boolean urgent = random.nextInt(100) < 10;
    return new QueuedRequest(
        id,
        "PN-R-" + id,
        wanted,
        features,
        needs,
        children,
        household,
        urgent ? Urgency.URGENT : Urgency.NORMAL,
        urgent && random.nextInt(100) < 80,
        random.nextInt(180),
        pick(random, Connectivity.values(), new int[] {20, 30, 15, 35}),
        random.nextInt(100) < 30);
  }

  private static <T> void addSometimes(Random random, Set<T> set, T value, int percent) {
    if (random.nextInt(100) < percent) {
      set.add(value);
    }
  }

  private static <T> Optional<T> maybe(Random random, int percent, T value) {
    return random.nextInt(100) < percent ? Optional.of(value) : Optional.empty();
  }

  private static <T> T pick(Random random, T[] values, int[] weights) {
    int total = 0;
    for (int w : weights) {
      total += w;
    }
    int roll = random.nextInt(total);
    for (int i = 0; i < values.length; i++) {
      roll -= weights[i];
      if (roll < 0) {
        return values[i];
      }
    }
    throw new IllegalStateException();
  }
}
