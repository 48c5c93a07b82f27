package id.peristiwa.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class GluedListTest {

    @Test
    void gluedTagsShareBarsAndHashtagsAreLists() {
        assertThat(GluedList.isList("Korea SelatanLatihan MiliterPyongyang")).isTrue();
        assertThat(GluedList.isList("BagikanFacebookXWhatsApp")).isTrue();
        assertThat(GluedList.isList("#Pemilu#KPU#Bawaslu")).isTrue();
        assertThat(GluedList.isList("#Timnas Indonesia #Piala Asia")).isTrue();
    }

    @Test
    void sentencesNamesAndBrandsAreNotLists() {
        assertThat(GluedList.isList("Pengguna iPhone dan MacBook diminta memperbarui sistem")).isFalse();
        assertThat(GluedList.isList("Akun WhatsApp Resmi")).isFalse();
        assertThat(GluedList.isList("Tim redaksiPagi")).isFalse();
        assertThat(GluedList.isList("#Harga BBM naik lagi, kata Menteri ESDM.")).isFalse();
        assertThat(GluedList.isList("Rabu, 12 Juli 2023 16:20 WIBOleh Rina")).isFalse();
    }

    @Test
    void itemsSplitWhereALowerCaseLetterMeetsACapital() {
        assertThat(GluedList.items("HomeAmerika SerikatPolitik")).containsExactly("Home", "Amerika Serikat", "Politik");
        assertThat(GluedList.items("Internasional")).containsExactly("Internasional");
    }
}
