package fr.packnum.platform.control;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class QrCodesTest {

  private static String decode(BitMatrix matrix) throws Exception {
    int scale = 4;
    int width = matrix.getWidth() * scale;
    int height = matrix.getHeight() * scale;
    int[] pixels = new int[width * height];
    for (int y = 0; y < height; y++) {
      for (int x = 0; x < width; x++) {
        pixels[y * width + x] = matrix.get(x / scale, y / scale) ? 0xFF000000 : 0xFFFFFFFF;
      }
    }
    return new QRCodeReader()
        .decode(
            new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(width, height, pixels))))
        .getText();
  }

  @Test
  void theCodeReadsBackAsTheText() throws Exception {
    String uri = "otpauth://totp/PackNum%3Amarie?secret=JBSWY3DPEHPK3PXP&issuer=PackNum";
    assertThat(decode(QrCodes.matrix(uri))).isEqualTo(uri);
  }

  @Test
  void theSvgDrawsEveryDarkModuleOnAWhiteBackground() {
    String text = "https://packnum.example.org/d/PN-7K3Q9";
    BitMatrix matrix = QrCodes.matrix(text);
    int dark = 0;
    for (int y = 0; y < matrix.getHeight(); y++) {
      for (int x = 0; x < matrix.getWidth(); x++) {
        dark += matrix.get(x, y) ? 1 : 0;
      }
    }
    String svg = QrCodes.svg(text);
    assertThat(svg).startsWith("<svg").contains("fill=\"#fff\"");
    assertThat(svg.split("h1v1h-1z", -1)).hasSize(dark + 1);
  }

  @Test
  void theDataUriHoldsTheSvg() {
    String uri = QrCodes.svgDataUri("x");
    assertThat(uri).startsWith("data:image/svg+xml;base64,");
    String svg =
        new String(
            Base64.getDecoder().decode(uri.substring(uri.indexOf(',') + 1)),
            StandardCharsets.UTF_8);
    assertThat(svg).isEqualTo(QrCodes.svg("x"));
  }
}
