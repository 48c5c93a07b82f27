package id.peristiwa.event;

import id.peristiwa.lang.LanguagePackFile;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The CAMEO codes the coder emits with their Goldstein values and quad classes ({@code events/cameo-codes.txt}). */
final class CameoTable {

    /**
     * One code.
     *
     * @param code        the CAMEO code ("0312")
     * @param goldstein   its Goldstein value, -10 to +10
     * @param quadClass   its CAMEO quad class, 1 to 4
     * @param renumbered  true where the code follows CAMEO 1.1b3 numbering that GDELT's table does not share
     * @param description what the code means
     */
    record Code(String code, double goldstein, int quadClass, boolean renumbered, String description) {
    }

    private final Map<String, Code> codes;

    private CameoTable(Map<String, Code> codes) {
        this.codes = Map.copyOf(codes);
    }

    /** The Indonesian pack's table. */
    static CameoTable standard() {
        return parse(LanguagePackFile.entries("events/cameo-codes.txt"));
    }

    /** A table from lines {@code code | goldstein | quad | numbering | description}. */
    static CameoTable parse(List<String> lines) {
        Map<String, Code> codes = new LinkedHashMap<>();
        for (String line : lines) {
            String[] f = line.split("\\|", -1);
            if (f.length != 5) {
                throw new IllegalArgumentException("CAMEO line needs 5 fields: " + line);
            }
            Code code = new Code(f[0].strip(), Double.parseDouble(f[1].strip()), Integer.parseInt(f[2].strip()),
                    f[3].strip().equals("1.1b3"), f[4].strip());
            if (codes.put(code.code(), code) != null) {
                throw new IllegalArgumentException("duplicate CAMEO code " + code.code());
            }
        }
        return new CameoTable(codes);
    }

    /** The code's entry, or null when the table lacks it. */
    Code get(String code) {
        return codes.get(code);
    }

    /** Every code, keyed by code. */
    Map<String, Code> all() {
        return codes;
    }
}
