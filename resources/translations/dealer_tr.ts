<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="tr_TR" sourcelanguage="en">
<context>
    <name>AddVehicleDialog</name>
    <message>
        <source>Add a car</source>
        <translation>Araç ekle</translation>
    </message>
    <message>
        <source>A new membership card is issued for the car.</source>
        <translation>Araç için yeni bir üyelik kartı düzenlenir.</translation>
    </message>
</context>
<context>
    <name>BatchPrintDialog</name>
    <message>
        <source>Print membership cards</source>
        <translation>Üyelik kartlarını yazdır</translation>
    </message>
    <message>
        <source>Which cards</source>
        <translation>Hangi kartlar</translation>
    </message>
    <message numerus="yes">
        <source>Cards of the %n selected member(s)</source>
        <translation>
            <numerusform>Seçili %n üyenin kartları</numerusform>
        </translation>
    </message>
    <message>
        <source>All cards not yet printed</source>
        <translation>Henüz yazdırılmamış tüm kartlar</translation>
    </message>
    <message>
        <source>Prepare cards</source>
        <translation>Kartları hazırla</translation>
    </message>
    <message numerus="yes">
        <source>%n card(s) to print</source>
        <translation>
            <numerusform>Yazdırılacak %n kart</numerusform>
        </translation>
    </message>
    <message>
        <source>No cards to print.</source>
        <translation>Yazdırılacak kart yok.</translation>
    </message>
</context>
<context>
    <name>BranchPage</name>
    <message>
        <source>This branch</source>
        <translation>Bu şube</translation>
    </message>
    <message>
        <source>The code head office knows this branch by, and its name as customers know it.</source>
        <translation>Genel merkezin bu şubeyi tanıdığı kod ve müşterilerin bildiği şube adı.</translation>
    </message>
    <message>
        <source>e.g. TH01</source>
        <translation>ör. TH01</translation>
    </message>
    <message>
        <source>Branch code</source>
        <translation>Şube kodu</translation>
    </message>
    <message>
        <source>Branch name</source>
        <translation>Şube adı</translation>
    </message>
    <message>
        <source>Use 1 to 12 Latin letters or digits, e.g. TH01.</source>
        <translation>1 ile 12 arasında Latin harfi veya rakam kullanın, ör. TH01.</translation>
    </message>
    <message>
        <source>Type the branch&apos;s name as customers know it.</source>
        <translation>Şubenin müşterilerin bildiği adını yazın.</translation>
    </message>
</context>
<context>
    <name>CardPrintDialog</name>
    <message>
        <source>Membership cards</source>
        <translation>Üyelik kartları</translation>
    </message>
    <message>
        <source>Layout:</source>
        <translation>Düzen:</translation>
    </message>
    <message>
        <source>Card printer (CR80, one card per page)</source>
        <translation>Kart yazıcısı (CR80, sayfa başına bir kart)</translation>
    </message>
    <message>
        <source>A4 sheets (ten cards per sheet, print both sides)</source>
        <translation>A4 sayfa (sayfa başına on kart, çift taraflı yazdırın)</translation>
    </message>
    <message>
        <source>‹ Previous</source>
        <translation>‹ Önceki</translation>
    </message>
    <message>
        <source>Next ›</source>
        <translation>Sonraki ›</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>İptal</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Yazdır…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>PDF olarak kaydet…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Kapat</translation>
    </message>
    <message>
        <source>Preparing cards: %v of %m</source>
        <translation>Kartlar hazırlanıyor: %v / %m</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>İptal ediliyor…</translation>
    </message>
    <message>
        <source>Cancelled. Nothing was printed.</source>
        <translation>İptal edildi. Hiçbir şey yazdırılmadı.</translation>
    </message>
    <message>
        <source>Sheet %1 of %2 – front and back</source>
        <translation>Sayfa %1 / %2 – ön ve arka yüz</translation>
    </message>
    <message>
        <source>Card %1 of %2 (%3) – front and back</source>
        <translation>Kart %1 / %2 (%3) – ön ve arka yüz</translation>
    </message>
    <message>
        <source>Membership card</source>
        <translation>Üyelik kartı</translation>
    </message>
    <message>
        <source>The printer could not be started. Check that it is on and connected.</source>
        <translation>Yazıcı başlatılamadı. Açık ve bağlı olduğunu kontrol edin.</translation>
    </message>
    <message>
        <source>The printer stopped after %1 pages.</source>
        <translation>Yazıcı %1 sayfadan sonra durdu.</translation>
    </message>
    <message>
        <source>Print membership cards</source>
        <translation>Üyelik kartlarını yazdır</translation>
    </message>
    <message>
        <source>Save cards as PDF</source>
        <translation>Kartları PDF olarak kaydet</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF dosyaları (*.pdf)</translation>
    </message>
    <message numerus="yes">
        <source>%n card(s) recorded as printed.</source>
        <translation>
            <numerusform>%n kart yazdırıldı olarak kaydedildi.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CoreMessages</name>
    <message>
        <source>Country %1 is not supported; use one of %2.</source>
        <translation>%1 ülkesi desteklenmiyor; %2 ülkelerinden birini kullanın.</translation>
    </message>
    <message>
        <source>An Iranian national ID is made of digits only; %1 contains other characters. Type the 10 digits from the national card.</source>
        <translation>İran kimlik numarası yalnızca rakamlardan oluşur; %1 başka karakterler içeriyor. Ulusal kimlik kartındaki 10 rakamı yazın.</translation>
    </message>
    <message>
        <source>An Iranian national ID has 10 digits; %1 has %2. Check the number on the national card. If it starts with 0, type the leading zeros too.</source>
        <translation>İran kimlik numarası 10 hanelidir; %1 %2 haneli. Ulusal kimlik kartındaki numarayı kontrol edin. 0 ile başlıyorsa baştaki sıfırları da yazın.</translation>
    </message>
    <message>
        <source>An Iranian national ID has 10 digits; %1 has %2. Check the number on the national card.</source>
        <translation>İran kimlik numarası 10 hanelidir; %1 %2 haneli. Ulusal kimlik kartındaki numarayı kontrol edin.</translation>
    </message>
    <message>
        <source>%1 is not a real national ID (all digits the same). Type the number from the national card.</source>
        <translation>%1 gerçek bir kimlik numarası değil (tüm rakamlar aynı). Ulusal kimlik kartındaki numarayı yazın.</translation>
    </message>
    <message>
        <source>%1 fails the national ID check digit, so at least one digit is mistyped. Compare it digit by digit with the national card.</source>
        <translation>%1 kimlik numarası kontrol hanesini tutmuyor, yani en az bir rakam yanlış yazılmış. Ulusal kimlik kartıyla rakam rakam karşılaştırın.</translation>
    </message>
    <message>
        <source>A Chinese resident ID has 18 characters; %1 has %2. Check the number on the ID card.</source>
        <translation>Çin yerleşik kimlik numarası 18 karakterdir; %1 %2 karakter. Kimlik kartındaki numarayı kontrol edin.</translation>
    </message>
    <message>
        <source>A Chinese resident ID is 17 digits followed by a digit or X; %1 is not. Check the number on the ID card.</source>
        <translation>Çin yerleşik kimlik numarası 17 rakam ve ardından bir rakam ya da X&apos;tir; %1 öyle değil. Kimlik kartındaki numarayı kontrol edin.</translation>
    </message>
    <message>
        <source>%1 fails the resident ID check character, so at least one character is mistyped. Compare it with the ID card.</source>
        <translation>%1 kimlik numarasının kontrol karakterini tutmuyor, yani en az bir karakter yanlış yazılmış. Kimlik kartıyla karşılaştırın.</translation>
    </message>
    <message>
        <source>%1 has an impossible birth date or region code in it. Compare it with the ID card.</source>
        <translation>%1 içinde olanaksız bir doğum tarihi veya bölge kodu var. Kimlik kartıyla karşılaştırın.</translation>
    </message>
    <message>
        <source>A T.C. Kimlik No is made of digits only; %1 contains other characters. Type the 11 digits from the identity card.</source>
        <translation>T.C. Kimlik No yalnızca rakamlardan oluşur; %1 başka karakterler içeriyor. Kimlik kartındaki 11 rakamı yazın.</translation>
    </message>
    <message>
        <source>A T.C. Kimlik No has 11 digits; %1 has %2. Check the number on the identity card.</source>
        <translation>T.C. Kimlik No 11 hanelidir; %1 %2 haneli. Kimlik kartındaki numarayı kontrol edin.</translation>
    </message>
    <message>
        <source>A T.C. Kimlik No never starts with 0. Check the number on the identity card.</source>
        <translation>T.C. Kimlik No hiçbir zaman 0 ile başlamaz. Kimlik kartındaki numarayı kontrol edin.</translation>
    </message>
    <message>
        <source>%1 fails the T.C. Kimlik No check digits, so at least one digit is mistyped. Compare it digit by digit with the identity card.</source>
        <translation>%1 T.C. Kimlik No kontrol hanelerini tutmuyor, yani en az bir rakam yanlış yazılmış. Kimlik kartıyla rakam rakam karşılaştırın.</translation>
    </message>
    <message>
        <source>%1 is not a valid T.C. Kimlik No (%2).</source>
        <translation>%1 geçerli bir T.C. Kimlik No değil (%2).</translation>
    </message>
    <message>
        <source>The national ID is empty. Type the number from the ID card.</source>
        <translation>Kimlik numarası boş. Kimlik kartındaki numarayı yazın.</translation>
    </message>
    <message>
        <source>The phone number is empty. Type it like %1 or with +country code.</source>
        <translation>Telefon numarası boş. %1 gibi ya da +ülke koduyla yazın.</translation>
    </message>
    <message>
        <source>%1 contains characters a phone number cannot have. Type only digits, like %2.</source>
        <translation>%1 telefon numarasında bulunamayacak karakterler içeriyor. Yalnızca rakam yazın, ör. %2.</translation>
    </message>
    <message>
        <source>%1 is not a phone number. Type it like %2.</source>
        <translation>%1 bir telefon numarası değil. %2 gibi yazın.</translation>
    </message>
    <message>
        <source>%1 (%2 digits) is not a valid phone number for %3. Check for a missing or extra digit; a local number looks like %4.</source>
        <translation>%1 (%2 rakam) %3 için geçerli bir telefon numarası değil. Eksik ya da fazla rakam olup olmadığını kontrol edin; yurt içi numara %4 gibidir.</translation>
    </message>
    <message>
        <source>The VIN is empty. Copy the 17 characters from the registration card.</source>
        <translation>Şasi numarası (VIN) boş. 17 karakteri ruhsattan kopyalayın.</translation>
    </message>
    <message>
        <source>A VIN has 17 characters; %1 has %2. Copy it again from the registration card or the windscreen plate.</source>
        <translation>Şasi numarası (VIN) 17 karakterdir; %1 %2 karakter. Ruhsattan veya ön camdaki plakadan yeniden kopyalayın.</translation>
    </message>
    <message>
        <source>A VIN never contains the letters I, O or Q, but %1 has %2. These are usually the digits 1 and 0.</source>
        <translation>Şasi numarasında (VIN) I, O veya Q harfleri bulunmaz, ancak %1 içinde %2 var. Bunlar genellikle 1 ve 0 rakamlarıdır.</translation>
    </message>
    <message>
        <source>A VIN is made of Latin letters and digits only; %1 has other characters. Copy it again from the registration card.</source>
        <translation>Şasi numarası (VIN) yalnızca Latin harfleri ve rakamlardan oluşur; %1 başka karakterler içeriyor. Ruhsattan yeniden kopyalayın.</translation>
    </message>
    <message>
        <source>%1 fails the VIN check digit (9th character), so at least one character is mistyped. Compare it character by character with the registration card.</source>
        <translation>%1 şasi numarası kontrol hanesini (9. karakter) tutmuyor, yani en az bir karakter yanlış yazılmış. Ruhsatla karakter karakter karşılaştırın.</translation>
    </message>
    <message>
        <source>This is empty. Type the name as written on the ID card.</source>
        <translation>Burası boş. Adı kimlik kartında yazıldığı gibi yazın.</translation>
    </message>
    <message>
        <source>This is %1 characters long; at most %2 are allowed. Shorten it, for example by leaving out titles.</source>
        <translation>Bu %1 karakter uzunluğunda; en fazla %2 karaktere izin veriliyor. Örneğin unvanları çıkararak kısaltın.</translation>
    </message>
    <message>
        <source>This contains invisible control characters. Delete it and type the name again.</source>
        <translation>Bunda görünmeyen kontrol karakterleri var. Silip adı yeniden yazın.</translation>
    </message>
    <message>
        <source>%1 contains no letters. Type the name as written on the ID card.</source>
        <translation>%1 hiç harf içermiyor. Adı kimlik kartında yazıldığı gibi yazın.</translation>
    </message>
    <message>
        <source>%1 contains digits. A name has letters only; check the field.</source>
        <translation>%1 rakam içeriyor. Ad yalnızca harflerden oluşur; alanı kontrol edin.</translation>
    </message>
    <message>
        <source>%1 is in the future (today is %2). Check the year and month; this date cannot be later than today.</source>
        <translation>%1 ileri bir tarih (bugün %2). Yılı ve ayı kontrol edin; bu tarih bugünden sonra olamaz.</translation>
    </message>
    <message>
        <source>%1 is before %2, the earliest date allowed here. Check the year.</source>
        <translation>%1, burada izin verilen en erken tarih olan %2 tarihinden önce. Yılı kontrol edin.</translation>
    </message>
    <message>
        <source>Type it as year/month/day, e.g. %1.</source>
        <translation>Yıl/ay/gün olarak yazın, ör. %1.</translation>
    </message>
    <message>
        <source>Type it as year/month/day, e.g. %1, with all four digits of the year.</source>
        <translation>Yıl/ay/gün olarak, yılın dört hanesini de yazarak girin, ör. %1.</translation>
    </message>
    <message>
        <source>The date is empty. %1</source>
        <translation>Tarih boş. %1</translation>
    </message>
    <message>
        <source>%1 is not a Jalali month name. %2</source>
        <translation>%1 bir Celali takvimi ay adı değil. %2</translation>
    </message>
    <message>
        <source>%1 is not a date. %2</source>
        <translation>%1 bir tarih değil. %2</translation>
    </message>
    <message>
        <source>%1 has no four-digit year. %2</source>
        <translation>%1 içinde dört haneli yıl yok. %2</translation>
    </message>
    <message>
        <source>%1 looks like a Gregorian year, but dates here are in the Jalali calendar. %2</source>
        <translation>%1 bir Miladi yıla benziyor, ancak buradaki tarihler Celali takvimine göre. %2</translation>
    </message>
    <message>
        <source>%1 looks like a Jalali year, but dates here are in the Gregorian calendar. %2</source>
        <translation>%1 bir Celali yılına benziyor, ancak buradaki tarihler Miladi takvime göre. %2</translation>
    </message>
    <message>
        <source>%1 is not a plausible year. %2</source>
        <translation>%1 makul bir yıl değil. %2</translation>
    </message>
    <message>
        <source>%1 is not a day in the Jalali calendar (month %2, day %3). %4</source>
        <translation>%1 Celali takviminde bir gün değil (ay %2, gün %3). %4</translation>
    </message>
    <message>
        <source>%1 is not a day in the Gregorian calendar (month %2, day %3). %4</source>
        <translation>%1 Miladi takvimde bir gün değil (ay %2, gün %3). %4</translation>
    </message>
    <message>
        <source>%1 is not a day of the calendar.</source>
        <translation>%1 takvimde bir gün değil.</translation>
    </message>
    <message>
        <source>An Iranian plate is two digits, a letter, three digits and a two-digit region, e.g. 12 ب 345 - 67 (ایران 67).</source>
        <translation>İran plakası iki rakam, bir harf, üç rakam ve iki haneli bölge kodundan oluşur, ör. 12 ب 345 - 67 (ایران 67).</translation>
    </message>
    <message>
        <source>A Chinese plate is a province character, a letter and 5 characters (6 for new-energy cars), e.g. 京A·12345 or 粤B·D12345.</source>
        <translation>Çin plakası bir il karakteri, bir harf ve 5 karakterden (yeni enerji araçlarında 6) oluşur, ör. 京A·12345 veya 粤B·D12345.</translation>
    </message>
    <message>
        <source>A Turkish plate is a province code 01-81, 1-3 letters and 2-5 digits, e.g. 34 ABC 123, 06 AB 1234 or 35 A 1234.</source>
        <translation>Türk plakası 01-81 arası il kodu, 1-3 harf ve 2-5 rakamdan oluşur, ör. 34 ABC 123, 06 AB 1234 veya 35 A 1234.</translation>
    </message>
    <message>
        <source>%1 is not a plate. %2</source>
        <translation>%1 bir plaka değil. %2</translation>
    </message>
    <message>
        <source>%1 is not a letter used on Iranian plates. Use one of %2. %3</source>
        <translation>%1 İran plakalarında kullanılan bir harf değil. %2 harflerinden birini kullanın. %3</translation>
    </message>
    <message>
        <source>%1 has %2 digits in groups of %3 and %4; a plate has 2 + 3 digits and a 2-digit region. %5</source>
        <translation>%1 %3 ve %4 haneli gruplar halinde %2 rakam içeriyor; bir plakada 2 + 3 rakam ve 2 haneli bölge kodu bulunur. %5</translation>
    </message>
    <message>
        <source>%1 is not a province abbreviation. It must be one of %2. %3</source>
        <translation>%1 bir il kısaltması değil. %2 karakterlerinden biri olmalı. %3</translation>
    </message>
    <message>
        <source>%1 after %2 is not a valid plate number (%3 characters). %4</source>
        <translation>%2 sonrasındaki %1 geçerli bir plaka numarası değil (%3 karakter). %4</translation>
    </message>
    <message>
        <source>Turkish plates do not use the letters Q, W or X (%1). %2</source>
        <translation>Türk plakalarında Q, W veya X harfleri kullanılmaz (%1). %2</translation>
    </message>
    <message>
        <source>%1 is not a province code; codes run from 01 to 81. %2</source>
        <translation>%1 bir il kodu değil; kodlar 01 ile 81 arasındadır. %2</translation>
    </message>
    <message>
        <source>With %1 letter(s) a plate has %2 or %3 digits, not %4. %5</source>
        <translation>%1 harfli bir plakada %4 değil, %2 veya %3 rakam bulunur. %5</translation>
    </message>
    <message>
        <source>Plates of country %1 are not supported; use one of %2.</source>
        <translation>%1 ülkesinin plakaları desteklenmiyor; %2 ülkelerinden birini kullanın.</translation>
    </message>
    <message>
        <source>The plate is empty. Type it as printed on the car.</source>
        <translation>Plaka boş. Araçtaki gibi yazın.</translation>
    </message>
    <message>
        <source>The amount is empty. Type a number like %1.</source>
        <translation>Tutar boş. %1 gibi bir sayı yazın.</translation>
    </message>
    <message>
        <source>%1 is negative; an amount here cannot be. Remove the minus sign.</source>
        <translation>%1 negatif; buradaki tutar negatif olamaz. Eksi işaretini kaldırın.</translation>
    </message>
    <message>
        <source>%1 is not a number. Type digits only, without currency names, like %2.</source>
        <translation>%1 bir sayı değil. Para birimi adı olmadan yalnızca rakam yazın, ör. %2.</translation>
    </message>
    <message>
        <source>%1 has its separators in the wrong places. Type a number like %2.</source>
        <translation>%1 içindeki ayırıcılar yanlış yerde. %2 gibi bir sayı yazın.</translation>
    </message>
    <message>
        <source>%1 has a digit missing or extra between thousands separators. Type a number like %2.</source>
        <translation>%1 içinde binlik ayırıcılar arasında eksik ya da fazla rakam var. %2 gibi bir sayı yazın.</translation>
    </message>
    <message>
        <source>%1 has no digits. Type a number like %2.</source>
        <translation>%1 hiç rakam içermiyor. %2 gibi bir sayı yazın.</translation>
    </message>
    <message>
        <source>%1 is not a number. Type a number like %2.</source>
        <translation>%1 bir sayı değil. %2 gibi bir sayı yazın.</translation>
    </message>
    <message>
        <source>Enter the car model, e.g. the name on the registration card.</source>
        <translation>Araç modelini yazın, ör. ruhsattaki adı.</translation>
    </message>
    <message>
        <source>Say whether the car was bought direct or used.</source>
        <translation>Aracın doğrudan mı yoksa ikinci el mi alındığını belirtin.</translation>
    </message>
    <message>
        <source>Choose how the member joined: one of %1.</source>
        <translation>Üyenin nasıl katıldığını seçin: %1 seçeneklerinden biri.</translation>
    </message>
    <message>
        <source>An e-mail address needs an @, e.g. name@example.com.</source>
        <translation>Bir e-posta adresinde @ bulunmalıdır, ör. ad@example.com.</translation>
    </message>
    <message>
        <source>This national ID is already enrolled as member %1; open that record.</source>
        <translation>Bu kimlik numarası zaten %1 numaralı üye olarak kayıtlı; o kaydı açın.</translation>
    </message>
    <message>
        <source>This plate is already registered to member %1; open that record.</source>
        <translation>Bu plaka zaten %1 numaralı üyeye kayıtlı; o kaydı açın.</translation>
    </message>
    <message>
        <source>This VIN is already registered to member %1; open that record.</source>
        <translation>Bu şasi numarası zaten %1 numaralı üyeye kayıtlı; o kaydı açın.</translation>
    </message>
    <message>
        <source>This field cannot be edited here.</source>
        <translation>Bu alan burada düzenlenemez.</translation>
    </message>
    <message>
        <source>A withdrawn member must enroll again.</source>
        <translation>Üyelikten çıkmış bir üyenin yeniden kayıt olması gerekir.</translation>
    </message>
    <message>
        <source>Renewal is not possible now.</source>
        <translation>Şu anda yenileme yapılamaz.</translation>
    </message>
    <message>
        <source>Withdrawal needs the member&apos;s written reason.</source>
        <translation>Üyelikten çıkış için üyenin yazılı gerekçesi gerekir.</translation>
    </message>
    <message>
        <source>This membership is already withdrawn.</source>
        <translation>Bu üyelik zaten sona erdirilmiş.</translation>
    </message>
    <message>
        <source>Withdrawal is not possible now.</source>
        <translation>Şu anda üyelikten çıkılamaz.</translation>
    </message>
    <message>
        <source>Membership of the %1 does not expire, so there is nothing to renew.</source>
        <translation>%1 üyeliğinin süresi dolmaz, bu yüzden yenilenecek bir şey yok.</translation>
    </message>
    <message>
        <source>This membership lapsed on %1 and can no longer be renewed; enrol the customer again as a new member.</source>
        <translation>Bu üyeliğin süresi %1 tarihinde doldu ve artık yenilenemez; müşteriyi yeni üye olarak yeniden kaydedin.</translation>
    </message>
    <message>
        <source>The membership starts on %1; withdrawal is possible from that day.</source>
        <translation>Üyelik %1 tarihinde başlar; o günden itibaren üyelikten çıkılabilir.</translation>
    </message>
    <message>
        <source>Withdrawal is only possible within %1 days of joining (until %2); after that the membership ends when it is not renewed.</source>
        <translation>Üyelikten çıkış yalnızca katılımdan sonraki %1 gün içinde (%2 tarihine kadar) mümkündür; sonrasında üyelik yenilenmezse sona erer.</translation>
    </message>
    <message>
        <source>Withdrawal is only possible within %1 days of joining (until %2).</source>
        <translation>Üyelikten çıkış yalnızca katılımdan sonraki %1 gün içinde (%2 tarihine kadar) mümkündür.</translation>
    </message>
    <message>
        <source>This member withdrew; enrol them again instead of renewing.</source>
        <translation>Bu üye üyelikten çıktı; yenilemek yerine yeniden kaydedin.</translation>
    </message>
    <message>
        <source>This membership has already lapsed and cannot be renewed; enrol the member again.</source>
        <translation>Bu üyeliğin süresi zaten doldu ve yenilenemez; üyeyi yeniden kaydedin.</translation>
    </message>
    <message>
        <source>After the delivery invitation, delivery priority can be asked for only once the car is paid in full.</source>
        <translation>Teslim davetinden sonra teslim önceliği ancak aracın bedeli tamamen ödendiğinde istenebilir.</translation>
    </message>
    <message>
        <source>Enter the due delivery date: before the invitation, delivery priority can be asked for from one month before it.</source>
        <translation>Vadeli teslim tarihini girin: davetten önce teslim önceliği bu tarihten bir ay önceden itibaren istenebilir.</translation>
    </message>
    <message>
        <source>Before the invitation, delivery priority can be asked for from one month before the due delivery date (%1), that is from %2.</source>
        <translation>Davetten önce teslim önceliği, vadeli teslim tarihinden (%1) bir ay önce, yani %2 tarihinden itibaren istenebilir.</translation>
    </message>
    <message>
        <source>Choose the case: (a) the delivery invitation has been issued, or (b) it has not been issued yet.</source>
        <translation>Durumu seçin: (a) teslim daveti düzenlendi ya da (b) henüz düzenlenmedi.</translation>
    </message>
    <message>
        <source>Registration for this plan opens on %1; registration priority can be asked for from then.</source>
        <translation>Bu plana kayıt %1 tarihinde açılıyor; kayıt önceliği o tarihten itibaren istenebilir.</translation>
    </message>
    <message>
        <source>Registration for this plan closed on %1; ask for registration priority on a plan that is still open.</source>
        <translation>Bu plana kayıt %1 tarihinde kapandı; kayıt önceliğini hâlâ açık olan bir plan için isteyin.</translation>
    </message>
    <message>
        <source>Write what the customer was told, e.g. &apos;Called, approved; visit Saturday&apos;.</source>
        <translation>Müşteriye ne söylendiğini yazın, ör. &apos;Arandı, onaylandı; cumartesi gelecek&apos;.</translation>
    </message>
    <message>
        <source>Keep the note under %1 characters.</source>
        <translation>Notu %1 karakterin altında tutun.</translation>
    </message>
    <message>
        <source>The customer has already been told about this request.</source>
        <translation>Bu talep hakkında müşteriye zaten bilgi verildi.</translation>
    </message>
    <message>
        <source>Head office has not decided yet; the customer can be told once the answer arrives.</source>
        <translation>Genel merkez henüz karar vermedi; yanıt gelince müşteriye bilgi verilebilir.</translation>
    </message>
    <message>
        <source>This request is already closed.</source>
        <translation>Bu talep zaten kapatıldı.</translation>
    </message>
    <message>
        <source>Tell the customer the outcome before closing the request.</source>
        <translation>Talebi kapatmadan önce sonucu müşteriye bildirin.</translation>
    </message>
    <message>
        <source>This car is not registered to this member; choose one of theirs.</source>
        <translation>Bu araç bu üyeye kayıtlı değil; üyenin araçlarından birini seçin.</translation>
    </message>
    <message>
        <source>Wrong user name or password.</source>
        <translation>Kullanıcı adı veya parola yanlış.</translation>
    </message>
    <message>
        <source>Too many failed sign-ins: this account is locked for %1 more minutes, or until a manager unlocks it.</source>
        <translation>Çok fazla başarısız giriş: bu hesap %1 dakika daha ya da bir yönetici kilidi açana kadar kilitli.</translation>
    </message>
    <message>
        <source>Use at least %1 characters for the password.</source>
        <translation>Parola için en az %1 karakter kullanın.</translation>
    </message>
    <message>
        <source>Choose at least one role for the account.</source>
        <translation>Hesap için en az bir rol seçin.</translation>
    </message>
    <message>
        <source>Use 2 to 64 letters, digits, dots, dashes or underscores, no spaces.</source>
        <translation>Boşluksuz olarak 2 ile 64 arasında harf, rakam, nokta, tire veya alt çizgi kullanın.</translation>
    </message>
    <message>
        <source>Staff accounts already exist; sign in as a manager.</source>
        <translation>Personel hesapları zaten var; yönetici olarak giriş yapın.</translation>
    </message>
    <message>
        <source>Enter the staff member&apos;s full name.</source>
        <translation>Personelin tam adını yazın.</translation>
    </message>
    <message>
        <source>The user name %1 is taken; choose another.</source>
        <translation>%1 kullanıcı adı alınmış; başka bir ad seçin.</translation>
    </message>
    <message>
        <source>No staff account named %1.</source>
        <translation>%1 adında bir personel hesabı yok.</translation>
    </message>
    <message>
        <source>You cannot deactivate your own account.</source>
        <translation>Kendi hesabınızı devre dışı bırakamazsınız.</translation>
    </message>
</context>
<context>
    <name>CounterApp</name>
    <message>
        <source>Preparing the demo branch…</source>
        <translation>Deneme şubesi hazırlanıyor…</translation>
    </message>
    <message>
        <source>Dealer Club</source>
        <translation>Müşteri Kulübü</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>Something went wrong</source>
        <translation>Bir sorun oluştu</translation>
    </message>
    <message>
        <source>Dealer Club ran into an unexpected problem and stopped what it was doing.</source>
        <translation>Müşteri Kulübü beklenmedik bir sorunla karşılaştı ve yaptığı işi durdurdu.</translation>
    </message>
    <message>
        <source>Everything saved before is safe: a change is stored only when it is complete, so you may need to do the last step again. You can keep working.

If it happens again, press “Copy diagnostics” and paste the text into an email to support.</source>
        <translation>Daha önce kaydedilen her şey güvende: bir değişiklik yalnızca tamamlandığında kaydedilir, bu yüzden son adımı yeniden yapmanız gerekebilir. Çalışmaya devam edebilirsiniz.

Tekrar olursa “Tanılama bilgisini kopyala” düğmesine basın ve metni desteğe göndereceğiniz bir e-postaya yapıştırın.</translation>
    </message>
    <message>
        <source>Copy diagnostics</source>
        <translation>Tanılama bilgisini kopyala</translation>
    </message>
</context>
<context>
    <name>DateInput</name>
    <message>
        <source>Choose from the calendar (Alt+Down)</source>
        <translation>Takvimden seç (Alt+Aşağı)</translation>
    </message>
</context>
<context>
    <name>DiscountDialog</name>
    <message>
        <source>Discount calculator</source>
        <translation>İndirim hesaplayıcı</translation>
    </message>
    <message>
        <source>Car purchase</source>
        <translation>Araç alımı</translation>
    </message>
    <message>
        <source>Labour</source>
        <translation>İşçilik</translation>
    </message>
    <message>
        <source>Parts</source>
        <translation>Yedek parça</translation>
    </message>
    <message>
        <source>toman</source>
        <translation>tümen</translation>
    </message>
    <message>
        <source>Price in %1</source>
        <translation>%1 cinsinden fiyat</translation>
    </message>
    <message>
        <source>Discount on</source>
        <translation>İndirim konusu</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Fiyat</translation>
    </message>
    <message>
        <source>A purchase discount is a request: the regional sales manager decides it.</source>
        <translation>Araç alım indirimi bir taleptir: bölge satış müdürü karar verir.</translation>
    </message>
    <message>
        <source>Discount at this tier: %1 %</source>
        <translation>Bu seviyedeki indirim: %%1</translation>
    </message>
    <message>
        <source>Discount %1 %: %2
To pay: %3</source>
        <translation>İndirim %%1: %2
Ödenecek: %3</translation>
    </message>
</context>
<context>
    <name>EditMemberDialog</name>
    <message>
        <source>Edit member details</source>
        <translation>Üye bilgilerini düzenle</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Ad soyad</translation>
    </message>
    <message>
        <source>National ID</source>
        <translation>Kimlik numarası</translation>
    </message>
    <message>
        <source>Mobile phone</source>
        <translation>Cep telefonu</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-posta</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Doğum tarihi</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <source>The member filled in the whole profile form</source>
        <translation>Üye profil formunun tamamını doldurdu</translation>
    </message>
</context>
<context>
    <name>EnrollForm</name>
    <message>
        <source>Enroll a new member</source>
        <translation>Yeni üye kaydı</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Üye</translation>
    </message>
    <message>
        <source>First car</source>
        <translation>İlk araç</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Ad soyad</translation>
    </message>
    <message>
        <source>As on the ID card</source>
        <translation>Kimlik kartındaki gibi</translation>
    </message>
    <message>
        <source>National ID</source>
        <translation>Kimlik numarası</translation>
    </message>
    <message>
        <source>Mobile phone</source>
        <translation>Cep telefonu</translation>
    </message>
    <message>
        <source>E-mail (optional)</source>
        <translation>E-posta (isteğe bağlı)</translation>
    </message>
    <message>
        <source>Birth date (optional)</source>
        <translation>Doğum tarihi (isteğe bağlı)</translation>
    </message>
    <message>
        <source>Address (optional)</source>
        <translation>Adres (isteğe bağlı)</translation>
    </message>
    <message>
        <source>The member filled in the whole profile form</source>
        <translation>Üye profil formunun tamamını doldurdu</translation>
    </message>
    <message>
        <source>Joined on</source>
        <translation>Katılım tarihi</translation>
    </message>
    <message>
        <source>How they joined</source>
        <translation>Katılım şekli</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>İptal</translation>
    </message>
    <message>
        <source>Enroll (Enter)</source>
        <translation>Kaydet (Enter)</translation>
    </message>
    <message>
        <source>Some fields need attention; see the messages under them.</source>
        <translation>Bazı alanların düzeltilmesi gerekiyor; altlarındaki mesajlara bakın.</translation>
    </message>
    <message>
        <source>Open member %1</source>
        <translation>%1 numaralı üyeyi aç</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <source>Dealer Club – set up this branch</source>
        <translation>Müşteri Kulübü – bu şubeyi kur</translation>
    </message>
</context>
<context>
    <name>Formatting</name>
    <message>
        <source>No tier yet</source>
        <translation>Henüz seviye yok</translation>
    </message>
    <message>
        <source>car no. %n</source>
        <comment>position of a car among the member&apos;s purchases</comment>
        <translation>%n. araç</translation>
    </message>
    <message>
        <source>Joined the club %1</source>
        <translation>Kulübe katılım %1</translation>
    </message>
    <message>
        <source>Completed profile</source>
        <translation>Profil tamamlandı</translation>
    </message>
    <message>
        <source>%1 bought %2</source>
        <translation>%2 tarihinde alınan %1</translation>
    </message>
    <message>
        <source>Car bought %1</source>
        <translation>%1 tarihinde alınan araç</translation>
    </message>
    <message>
        <source>%1: %n points</source>
        <translation>%1: %n puan</translation>
    </message>
    <message>
        <source>bought before the club&apos;s start date</source>
        <translation>kulübün başlangıç tarihinden önce alındı</translation>
    </message>
    <message>
        <source>used cars do not earn points yet</source>
        <translation>ikinci el araçlar henüz puan kazandırmıyor</translation>
    </message>
    <message>
        <source>beyond the number of cars that earn points</source>
        <translation>puan kazandıran araç sayısının ötesinde</translation>
    </message>
    <message>
        <source>profile not complete yet</source>
        <translation>profil henüz tamamlanmadı</translation>
    </message>
    <message>
        <source>after today</source>
        <translation>bugünden sonra</translation>
    </message>
    <message>
        <source>%1: no points (%2)</source>
        <translation>%1: puan yok (%2)</translation>
    </message>
    <message>
        <source>Your account may not do this. Ask a branch manager.</source>
        <translation>Hesabınız bunu yapamaz. Bir şube yöneticisine danışın.</translation>
    </message>
    <message>
        <source>The branch database is busy (another program is writing). Try again in a moment.</source>
        <translation>Şube veritabanı meşgul (başka bir program yazıyor). Biraz sonra yeniden deneyin.</translation>
    </message>
    <message>
        <source>The branch database could not be read or written. Check the disk, then try again.</source>
        <translation>Şube veritabanı okunamadı veya yazılamadı. Diski kontrol edip yeniden deneyin.</translation>
    </message>
    <message>
        <source>A file could not be read or written: %1</source>
        <translation>Bir dosya okunamadı veya yazılamadı: %1</translation>
    </message>
    <message>
        <source>Something went wrong; try again. If it keeps happening, call support.</source>
        <translation>Bir sorun oluştu; yeniden deneyin. Sürekli olursa desteği arayın.</translation>
    </message>
</context>
<context>
    <name>HeadOfficePanel</name>
    <message>
        <source>Leave empty to keep the current secret</source>
        <translation>Geçerli gizli anahtarı korumak için boş bırakın</translation>
    </message>
    <message>
        <source>The secret head office gave you</source>
        <translation>Genel merkezin size verdiği gizli anahtar</translation>
    </message>
    <message>
        <source>Head office address</source>
        <translation>Genel merkez adresi</translation>
    </message>
    <message>
        <source>Branch code at head office</source>
        <translation>Genel merkezdeki şube kodu</translation>
    </message>
    <message>
        <source>Branch secret</source>
        <translation>Şube gizli anahtarı</translation>
    </message>
    <message>
        <source>Club profile: %1, version %2</source>
        <translation>Kulüp profili: %1, sürüm %2</translation>
    </message>
    <message>
        <source>Connect and sync</source>
        <translation>Bağlan ve eşitle</translation>
    </message>
    <message>
        <source>Saved. The branch syncs with head office now and every few minutes.</source>
        <translation>Kaydedildi. Şube şimdi ve birkaç dakikada bir genel merkezle eşitlenir.</translation>
    </message>
</context>
<context>
    <name>JoinMethod</name>
    <message>
        <source>Paid the membership fee</source>
        <translation>Üyelik ücretini ödedi</translation>
    </message>
    <message>
        <source>Free with an insurance purchase</source>
        <translation>Sigorta alımıyla ücretsiz</translation>
    </message>
    <message>
        <source>Free for referring a new buyer</source>
        <translation>Yeni bir alıcı getirdiği için ücretsiz</translation>
    </message>
    <message>
        <source>Free on a repeat purchase</source>
        <translation>Tekrar alımda ücretsiz</translation>
    </message>
    <message>
        <source>With a car purchase</source>
        <translation>Araç alımıyla</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>Ücretsiz</translation>
    </message>
    <message>
        <source>Standard membership</source>
        <translation>Standart üyelik</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Dealer Club – %1 (%2)</source>
        <translation>Müşteri Kulübü – %1 (%2)</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>İşlemler</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Ara</translation>
    </message>
    <message>
        <source>Enroll</source>
        <translation>Üye kaydı</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Ayarlar</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Personel</translation>
    </message>
    <message>
        <source>Print cards</source>
        <translation>Kartları yazdır</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Şimdi eşitle</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Kilitle</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Oturumu kapat</translation>
    </message>
    <message>
        <source>Language of the screens</source>
        <translation>Ekran dili</translation>
    </message>
    <message>
        <source>Signed in: %1</source>
        <translation>Oturum açan: %1</translation>
    </message>
    <message>
        <source>%1 is now member %2.</source>
        <translation>%1 artık %2 numaralı üye.</translation>
    </message>
    <message>
        <source>Not allowed</source>
        <translation>İzin yok</translation>
    </message>
    <message>
        <source>Your account may not do this. Ask a branch manager.</source>
        <translation>Hesabınız bunu yapamaz. Bir şube yöneticisine danışın.</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>onaylandı</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>reddedildi</translation>
    </message>
    <message>
        <source>needs more information</source>
        <translation>daha fazla bilgi gerekiyor</translation>
    </message>
    <message>
        <source>%1 (%2): %3 – %4</source>
        <translation>%1 (%2): %3 – %4</translation>
    </message>
    <message>
        <source>Head office decided</source>
        <translation>Genel merkez karar verdi</translation>
    </message>
    <message>
        <source>Tell the customers, then record it on each request.</source>
        <translation>Müşterilere bildirin, sonra her talebe kaydedin.</translation>
    </message>
</context>
<context>
    <name>ManagerPage</name>
    <message>
        <source>First manager account</source>
        <translation>İlk yönetici hesabı</translation>
    </message>
    <message>
        <source>The branch manager signs in with this account and creates the other staff accounts.</source>
        <translation>Şube yöneticisi bu hesapla giriş yapar ve diğer personel hesaplarını oluşturur.</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Kullanıcı adı</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Ad soyad</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Parola</translation>
    </message>
    <message>
        <source>Password again</source>
        <translation>Parola (tekrar)</translation>
    </message>
    <message>
        <source>Choose a user name, e.g. the manager&apos;s first name.</source>
        <translation>Bir kullanıcı adı seçin, ör. yöneticinin adı.</translation>
    </message>
    <message>
        <source>Type the manager&apos;s full name.</source>
        <translation>Yöneticinin tam adını yazın.</translation>
    </message>
    <message numerus="yes">
        <source>Use at least %n characters for the password.</source>
        <translation>
            <numerusform>Parola için en az %n karakter kullanın.</numerusform>
        </translation>
    </message>
    <message>
        <source>The two passwords differ; type the same password twice.</source>
        <translation>İki parola farklı; aynı parolayı iki kez yazın.</translation>
    </message>
</context>
<context>
    <name>MemberCardMenu</name>
    <message>
        <source>Print cards…</source>
        <translation>Kartları yazdır…</translation>
    </message>
    <message>
        <source>Issue a new card (lost or damaged)…</source>
        <translation>Yeni kart düzenle (kayıp veya hasarlı)…</translation>
    </message>
    <message>
        <source>Card handed to the member</source>
        <translation>Kart üyeye teslim edildi</translation>
    </message>
    <message>
        <source>Select the car in the list of cars first.</source>
        <translation>Önce araç listesinden aracı seçin.</translation>
    </message>
    <message>
        <source>Issue a new card with a new number for the car %1? Card %2 stops working at once and is refused when scanned.</source>
        <translation>%1 aracı için yeni numaralı yeni bir kart düzenlensin mi? %2 numaralı kart hemen geçersiz olur ve tarandığında reddedilir.</translation>
    </message>
    <message>
        <source>Issue a card for the car %1?</source>
        <translation>%1 aracı için kart düzenlensin mi?</translation>
    </message>
    <message>
        <source>Issue a new card</source>
        <translation>Yeni kart düzenle</translation>
    </message>
    <message>
        <source>New card %1 issued. Print it from this menu or with the cards not yet printed.</source>
        <translation>Yeni kart %1 düzenlendi. Bu menüden ya da henüz yazdırılmamış kartlarla birlikte yazdırın.</translation>
    </message>
    <message>
        <source>This car has no valid card.</source>
        <translation>Bu aracın geçerli bir kartı yok.</translation>
    </message>
    <message>
        <source>Card %1 recorded as handed to the member.</source>
        <translation>%1 numaralı kartın üyeye teslim edildiği kaydedildi.</translation>
    </message>
</context>
<context>
    <name>MemberPage</name>
    <message>
        <source>Enrolled</source>
        <translation>Kaydoldu</translation>
    </message>
    <message>
        <source>Details changed: %1</source>
        <translation>Bilgiler değişti: %1</translation>
    </message>
    <message>
        <source>Car added: %1</source>
        <translation>Araç eklendi: %1</translation>
    </message>
    <message>
        <source>Card %1 issued</source>
        <translation>%1 numaralı kart düzenlendi</translation>
    </message>
    <message>
        <source>Card %1 issued, replacing %2</source>
        <translation>%2 yerine %1 numaralı kart düzenlendi</translation>
    </message>
    <message>
        <source>Card %1 printed</source>
        <translation>%1 numaralı kart yazdırıldı</translation>
    </message>
    <message>
        <source>Card %1 handed to the member</source>
        <translation>%1 numaralı kart üyeye teslim edildi</translation>
    </message>
    <message>
        <source>Membership renewed</source>
        <translation>Üyelik yenilendi</translation>
    </message>
    <message>
        <source>Membership withdrawn</source>
        <translation>Üyelikten çıkıldı</translation>
    </message>
    <message>
        <source>Request: %1</source>
        <translation>Talep: %1</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktif</translation>
    </message>
    <message>
        <source>Expiring soon</source>
        <translation>Süresi yakında doluyor</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Süresi doldu</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Üyelikten çıktı</translation>
    </message>
    <message>
        <source>valid</source>
        <translation>geçerli</translation>
    </message>
    <message>
        <source>replaced</source>
        <translation>değiştirildi</translation>
    </message>
    <message>
        <source>revoked</source>
        <translation>iptal edildi</translation>
    </message>
    <message>
        <source>← Search (Esc)</source>
        <translation>← Arama (Esc)</translation>
    </message>
    <message>
        <source>Edit details</source>
        <translation>Bilgileri düzenle</translation>
    </message>
    <message>
        <source>Add car</source>
        <translation>Araç ekle</translation>
    </message>
    <message>
        <source>Renew</source>
        <translation>Yenile</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>Üyelikten çık</translation>
    </message>
    <message>
        <source>Discount calculator</source>
        <translation>İndirim hesaplayıcı</translation>
    </message>
    <message>
        <source>New request</source>
        <translation>Yeni talep</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Kart</translation>
    </message>
    <message>
        <source>Membership</source>
        <translation>Üyelik</translation>
    </message>
    <message>
        <source>Joined on</source>
        <translation>Katılım tarihi</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Geçerlilik sonu</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Durum</translation>
    </message>
    <message>
        <source>Joined by</source>
        <translation>Katılım şekli</translation>
    </message>
    <message>
        <source>National ID · phone</source>
        <translation>Kimlik numarası · telefon</translation>
    </message>
    <message>
        <source>Benefits</source>
        <translation>Ayrıcalıklar</translation>
    </message>
    <message>
        <source>Why this tier</source>
        <translation>Neden bu seviye</translation>
    </message>
    <message>
        <source>Cars and cards</source>
        <translation>Araçlar ve kartlar</translation>
    </message>
    <message>
        <source>Plate</source>
        <translation>Plaka</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Model</translation>
    </message>
    <message>
        <source>Bought on</source>
        <translation>Alış tarihi</translation>
    </message>
    <message>
        <source>New or used</source>
        <translation>Sıfır veya ikinci el</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Talepler</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Geçmiş</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Ne zaman</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Kim</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Ne</translation>
    </message>
    <message numerus="yes">
        <source>Member number %1 · %n points</source>
        <translation>
            <numerusform>Üye numarası %1 · %n puan</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more points to %1</source>
        <translation>
            <numerusform>%1 seviyesine %n puan kaldı</numerusform>
        </translation>
    </message>
    <message>
        <source>Top tier of the club</source>
        <translation>Kulübün en üst seviyesi</translation>
    </message>
    <message>
        <source>Does not expire</source>
        <translation>Süresiz</translation>
    </message>
    <message>
        <source>Car purchase discount</source>
        <translation>Araç alım indirimi</translation>
    </message>
    <message>
        <source>Labour discount</source>
        <translation>İşçilik indirimi</translation>
    </message>
    <message>
        <source>Parts discount</source>
        <translation>Yedek parça indirimi</translation>
    </message>
    <message>
        <source>%1: %2 %</source>
        <translation>%1: %%2</translation>
    </message>
    <message>
        <source>No benefits at this tier yet</source>
        <translation>Bu seviyede henüz ayrıcalık yok</translation>
    </message>
    <message numerus="yes">
        <source>Total: %n points</source>
        <translation>
            <numerusform>Toplam: %n puan</numerusform>
        </translation>
    </message>
    <message>
        <source>new, direct</source>
        <translation>sıfır, doğrudan</translation>
    </message>
    <message>
        <source>used</source>
        <translation>ikinci el</translation>
    </message>
    <message>
        <source>no card</source>
        <translation>kart yok</translation>
    </message>
    <message numerus="yes">
        <source>Membership ends in %n day(s), on %1. Offer renewal.</source>
        <translation>
            <numerusform>Üyelik %n gün sonra, %1 tarihinde bitiyor. Yenilemeyi önerin.</numerusform>
        </translation>
    </message>
    <message>
        <source>Membership expired on %1. The member must enroll again to use club benefits.</source>
        <translation>Üyeliğin süresi %1 tarihinde doldu. Üyenin kulüp ayrıcalıklarından yararlanmak için yeniden kaydolması gerekir.</translation>
    </message>
    <message>
        <source>This member withdrew from the club.</source>
        <translation>Bu üye kulüpten ayrıldı.</translation>
    </message>
    <message>
        <source>Details saved.</source>
        <translation>Bilgiler kaydedildi.</translation>
    </message>
    <message>
        <source>Car added and its card issued.</source>
        <translation>Araç eklendi ve kartı düzenlendi.</translation>
    </message>
    <message>
        <source>Renew membership</source>
        <translation>Üyeliği yenile</translation>
    </message>
    <message>
        <source>Renew the membership of %1? Take the renewal fee first.</source>
        <translation>%1 adlı üyenin üyeliği yenilensin mi? Önce yenileme ücretini alın.</translation>
    </message>
    <message>
        <source>Membership renewed.</source>
        <translation>Üyelik yenilendi.</translation>
    </message>
    <message>
        <source>Membership withdrawn.</source>
        <translation>Üyelikten çıkış kaydedildi.</translation>
    </message>
    <message>
        <source>Request captured; the member page shows its progress.</source>
        <translation>Talep kaydedildi; ilerleyişi üye sayfasında görünür.</translation>
    </message>
</context>
<context>
    <name>NewRequestDialog</name>
    <message>
        <source>New request</source>
        <translation>Yeni talep</translation>
    </message>
    <message>
        <source>No particular car</source>
        <translation>Belirli bir araç değil</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Talep</translation>
    </message>
    <message>
        <source>Car</source>
        <translation>Araç</translation>
    </message>
    <message>
        <source>Capture request</source>
        <translation>Talebi kaydet</translation>
    </message>
    <message>
        <source>Record as enquiry</source>
        <translation>Soru olarak kaydet</translation>
    </message>
    <message>
        <source>The customer&apos;s question is kept and answered by the branch as an enquiry.</source>
        <translation>Müşterinin sorusu saklanır ve şube tarafından soru olarak yanıtlanır.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>İptal</translation>
    </message>
    <message>
        <source>%1 *</source>
        <translation>%1 *</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Seçin…</translation>
    </message>
    <message>
        <source>the amount, e.g. %1</source>
        <translation>tutar, ör. %1</translation>
    </message>
    <message>
        <source>This member may ask for this now.</source>
        <translation>Bu üye bunu şimdi isteyebilir.</translation>
    </message>
    <message>
        <source>Discount at the member&apos;s tier: %1% (%2).</source>
        <translation>Üyenin seviyesindeki indirim: %%1 (%2).</translation>
    </message>
    <message>
        <source>Answer due by %1</source>
        <translation>Yanıt için son tarih %1</translation>
    </message>
    <message>
        <source>Not possible now: %1</source>
        <translation>Şu anda mümkün değil: %1</translation>
    </message>
    <message>
        <source>First possible on %1.</source>
        <translation>En erken %1 tarihinde mümkün.</translation>
    </message>
</context>
<context>
    <name>ProfilePage</name>
    <message>
        <source>Club profile</source>
        <translation>Kulüp profili</translation>
    </message>
    <message>
        <source>The manufacturer&apos;s club rules this branch runs: points, tiers, benefits and cards.</source>
        <translation>Bu şubenin uyguladığı üretici kulübü kuralları: puanlar, seviyeler, ayrıcalıklar ve kartlar.</translation>
    </message>
    <message>
        <source>No club profile is installed; reinstall Dealer Club.</source>
        <translation>Hiç kulüp profili yüklü değil; Müşteri Kulübü&apos;nü yeniden kurun.</translation>
    </message>
    <message>
        <source>Jalali (Persian) calendar</source>
        <translation>Celali (İran) takvimi</translation>
    </message>
    <message>
        <source>Gregorian calendar</source>
        <translation>Miladi takvim</translation>
    </message>
    <message numerus="yes">
        <source>Country: %1 · Currency: %2 · %3 · %n tiers</source>
        <translation>
            <numerusform>Ülke: %1 · Para birimi: %2 · %3 · %n seviye</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RequestsPanel</name>
    <message>
        <source>All statuses</source>
        <translation>Tüm durumlar</translation>
    </message>
    <message>
        <source>Waiting for an answer</source>
        <translation>Yanıt bekleyenler</translation>
    </message>
    <message>
        <source>All requests</source>
        <translation>Tüm talepler</translation>
    </message>
    <message>
        <source>Overdue only</source>
        <translation>Yalnızca gecikenler</translation>
    </message>
    <message>
        <source>Captured by me</source>
        <translation>Benim kaydettiklerim</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Yenile</translation>
    </message>
    <message>
        <source>No request matches these filters.</source>
        <translation>Bu filtrelere uyan talep yok.</translation>
    </message>
    <message>
        <source>What the customer was told, e.g. called, approved</source>
        <translation>Müşteriye ne söylendi, ör. arandı, onaylandı</translation>
    </message>
    <message>
        <source>Customer informed</source>
        <translation>Müşteri bilgilendirildi</translation>
    </message>
    <message>
        <source>Close request</source>
        <translation>Talebi kapat</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Zaman çizelgesi</translation>
    </message>
    <message>
        <source>Captured</source>
        <translation>Kaydedildi</translation>
    </message>
    <message>
        <source>Waiting to be sent</source>
        <translation>Gönderilmeyi bekliyor</translation>
    </message>
    <message>
        <source>Sent to head office</source>
        <translation>Genel merkeze gönderildi</translation>
    </message>
    <message>
        <source>Received by head office</source>
        <translation>Genel merkez aldı</translation>
    </message>
    <message>
        <source>Under review</source>
        <translation>İnceleniyor</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Onaylandı</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Reddedildi</translation>
    </message>
    <message>
        <source>More information needed</source>
        <translation>Daha fazla bilgi gerekiyor</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Kapatıldı</translation>
    </message>
    <message>
        <source>Select a request to see its timeline.</source>
        <translation>Zaman çizelgesini görmek için bir talep seçin.</translation>
    </message>
    <message>
        <source>%1 for %2 – %3</source>
        <translation>%2 için %1 – %3</translation>
    </message>
    <message>
        <source>Overdue since %1</source>
        <translation>%1 tarihinden beri gecikmede</translation>
    </message>
    <message>
        <source>Answer due %1</source>
        <translation>Yanıt son tarihi %1</translation>
    </message>
</context>
<context>
    <name>RequestsTableModel</name>
    <message>
        <source>Captured</source>
        <translation>Kaydedildi</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Üye</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Talep</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Durum</translation>
    </message>
    <message>
        <source>Answer due</source>
        <translation>Yanıt son tarihi</translation>
    </message>
    <message>
        <source>%1 (asked for %2)</source>
        <translation>%1 (istenen: %2)</translation>
    </message>
    <message>
        <source>Overdue since %1</source>
        <translation>%1 tarihinden beri gecikmede</translation>
    </message>
</context>
<context>
    <name>ResultsModel</name>
    <message>
        <source>Name</source>
        <translation>Ad</translation>
    </message>
    <message>
        <source>Member number</source>
        <translation>Üye numarası</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Seviye</translation>
    </message>
    <message>
        <source>Plates</source>
        <translation>Plakalar</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <source>Front desk</source>
        <translation>Ön büro</translation>
    </message>
    <message>
        <source>Service advisor</source>
        <translation>Servis danışmanı</translation>
    </message>
    <message>
        <source>Branch manager</source>
        <translation>Şube yöneticisi</translation>
    </message>
</context>
<context>
    <name>Scan</name>
    <message>
        <source>This is not a membership card code.</source>
        <translation>Bu bir üyelik kartı kodu değil.</translation>
    </message>
    <message>
        <source>Unknown card: no card %1 at this branch. The member may have enrolled elsewhere; find them by plate or national ID.</source>
        <translation>Bilinmeyen kart: bu şubede %1 numaralı kart yok. Üye başka bir yerde kaydolmuş olabilir; plaka veya kimlik numarasıyla bulun.</translation>
    </message>
    <message>
        <source>This card&apos;s code is from a newer version of Dealer Club and cannot be checked here. Find the member by plate or name.</source>
        <translation>Bu kartın kodu Müşteri Kulübü&apos;nün daha yeni bir sürümünden ve burada kontrol edilemiyor. Üyeyi plaka veya adla bulun.</translation>
    </message>
    <message>
        <source>Altered card: card %1 belongs to another car than the one printed on it. Do not accept it.</source>
        <translation>Değiştirilmiş kart: %1 numaralı kart üzerinde basılı olandan başka bir araca ait. Kabul etmeyin.</translation>
    </message>
    <message>
        <source>Altered card: the code on this card does not check out. Do not accept it; find the member by plate or national ID instead.</source>
        <translation>Değiştirilmiş kart: bu kartın kodu doğrulanamadı. Kabul etmeyin; üyeyi plaka veya kimlik numarasıyla bulun.</translation>
    </message>
    <message>
        <source>Replaced card: card %1 was replaced by card %2. Take the old card back; the member should use the new one.</source>
        <translation>Değiştirilmiş kart: %1 numaralı kartın yerini %2 numaralı kart aldı. Eski kartı geri alın; üye yenisini kullanmalı.</translation>
    </message>
    <message>
        <source>Card %1 is no longer valid.</source>
        <translation>%1 numaralı kart artık geçerli değil.</translation>
    </message>
    <message>
        <source>Withdrawn membership: %1 left the club. They must enroll again.</source>
        <translation>Sona erdirilmiş üyelik: %1 kulüpten ayrıldı. Yeniden kaydolması gerekir.</translation>
    </message>
    <message>
        <source>Expired membership: %1&apos;s membership has lapsed. They must enroll again to use club benefits.</source>
        <translation>Süresi dolmuş üyelik: %1 adlı üyenin üyeliği sona erdi. Kulüp ayrıcalıkları için yeniden kaydolması gerekir.</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <source>Find a member</source>
        <translation>Üye bul</translation>
    </message>
    <message>
        <source>Plate, phone, name, national ID, member or card number – or scan the card</source>
        <translation>Plaka, telefon, ad, kimlik, üye veya kart numarası – ya da kartı okutun</translation>
    </message>
    <message>
        <source>Enroll new member</source>
        <translation>Yeni üye kaydet</translation>
    </message>
    <message>
        <source>Checking the card…</source>
        <translation>Kart kontrol ediliyor…</translation>
    </message>
    <message>
        <source>Card code – press Enter to check it</source>
        <translation>Kart kodu – kontrol için Enter&apos;a basın</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Aranıyor…</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s) found</source>
        <translation>
            <numerusform>%n üye bulundu</numerusform>
        </translation>
    </message>
    <message>
        <source>No member found for “%1”.</source>
        <translation>“%1” için üye bulunamadı.</translation>
    </message>
    <message>
        <source>Open the record</source>
        <translation>Kaydı aç</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Ayarlar</translation>
    </message>
    <message>
        <source> min</source>
        <translation> dk</translation>
    </message>
    <message>
        <source>Show prices in toman</source>
        <translation>Fiyatları tümen olarak göster</translation>
    </message>
    <message>
        <source>Branch code</source>
        <translation>Şube kodu</translation>
    </message>
    <message>
        <source>Branch name</source>
        <translation>Şube adı</translation>
    </message>
    <message>
        <source>Lock the screen after</source>
        <translation>Ekranı kilitleme süresi</translation>
    </message>
    <message>
        <source>Branch</source>
        <translation>Şube</translation>
    </message>
    <message>
        <source>Club profile this branch runs</source>
        <translation>Bu şubenin uyguladığı kulüp profili</translation>
    </message>
    <message>
        <source>Changing the club profile changes every member&apos;s points, tiers and benefits. Do it only when head office tells you to.</source>
        <translation>Kulüp profilini değiştirmek tüm üyelerin puanlarını, seviyelerini ve ayrıcalıklarını değiştirir. Bunu yalnızca genel merkez söylediğinde yapın.</translation>
    </message>
    <message>
        <source>Club profile</source>
        <translation>Kulüp profili</translation>
    </message>
    <message>
        <source>Head office</source>
        <translation>Genel merkez</translation>
    </message>
    <message>
        <source>Staff accounts</source>
        <translation>Personel hesapları</translation>
    </message>
    <message>
        <source>Type the branch&apos;s name as customers know it.</source>
        <translation>Şubenin müşterilerin bildiği adını yazın.</translation>
    </message>
    <message>
        <source>Change club profile</source>
        <translation>Kulüp profilini değiştir</translation>
    </message>
    <message>
        <source>Switch this branch to the club profile %1?</source>
        <translation>Bu şube %1 kulüp profiline geçirilsin mi?</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Dealer Club – locked</source>
        <translation>Müşteri Kulübü – kilitli</translation>
    </message>
    <message>
        <source>Dealer Club – sign in</source>
        <translation>Müşteri Kulübü – giriş</translation>
    </message>
    <message>
        <source>Screen locked</source>
        <translation>Ekran kilitli</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Giriş yap</translation>
    </message>
    <message>
        <source>Branch %1 – %2</source>
        <translation>Şube %1 – %2</translation>
    </message>
    <message>
        <source>The screen was locked after a period without use. Type your password to carry on where you left off.</source>
        <translation>Ekran bir süre kullanılmadığı için kilitlendi. Kaldığınız yerden devam etmek için parolanızı yazın.</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Kullanıcı adı</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Parola</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Dil</translation>
    </message>
    <message>
        <source>Demo branch. Sign in as %1 with the password %2.</source>
        <translation>Deneme şubesi. %1 olarak %2 parolasıyla giriş yapın.</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Kilidi aç</translation>
    </message>
    <message>
        <source>Switch user</source>
        <translation>Kullanıcı değiştir</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Çık</translation>
    </message>
    <message>
        <source>Type your user name and password.</source>
        <translation>Kullanıcı adınızı ve parolanızı yazın.</translation>
    </message>
    <message>
        <source>Only %1 can unlock this screen.</source>
        <translation>Bu ekranın kilidini yalnızca %1 açabilir.</translation>
    </message>
</context>
<context>
    <name>StaffAccountDialog</name>
    <message>
        <source>New staff account</source>
        <translation>Yeni personel hesabı</translation>
    </message>
    <message>
        <source>Staff account</source>
        <translation>Personel hesabı</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Kullanıcı adı</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Ad soyad</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Parola</translation>
    </message>
    <message>
        <source>New password (leave empty to keep)</source>
        <translation>Yeni parola (korumak için boş bırakın)</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Roller</translation>
    </message>
</context>
<context>
    <name>StaffPanel</name>
    <message>
        <source>User name</source>
        <translation>Kullanıcı adı</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Ad soyad</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Roller</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Durum</translation>
    </message>
    <message>
        <source>New account…</source>
        <translation>Yeni hesap…</translation>
    </message>
    <message>
        <source>Roles and password…</source>
        <translation>Roller ve parola…</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>Devre dışı bırak</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Kilidi aç</translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation>Devre dışı</translation>
    </message>
    <message>
        <source>Locked until %1</source>
        <translation>%1 tarihine kadar kilitli</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Etkin</translation>
    </message>
    <message>
        <source>Activate</source>
        <translation>Etkinleştir</translation>
    </message>
</context>
<context>
    <name>StatusArea</name>
    <message>
        <source>Not connected to head office yet</source>
        <translation>Henüz genel merkeze bağlanılmadı</translation>
    </message>
    <message>
        <source>Last change: %1</source>
        <translation>Son değişiklik: %1</translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message>
        <source>Sending to head office…</source>
        <translation>Genel merkeze gönderiliyor…</translation>
    </message>
    <message>
        <source>Sending %1 of %2…</source>
        <translation>%1 / %2 gönderiliyor…</translation>
    </message>
    <message>
        <source>Not connected to head office yet</source>
        <translation>Henüz genel merkeze bağlanılmadı</translation>
    </message>
    <message numerus="yes">
        <source>%n waiting to be sent</source>
        <translation>
            <numerusform>%n kayıt gönderilmeyi bekliyor</numerusform>
        </translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Çevrimdışı</translation>
    </message>
    <message>
        <source>Sync error: %1</source>
        <translation>Eşitleme hatası: %1</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>Henüz eşitlenmedi</translation>
    </message>
    <message>
        <source>Synced at %1</source>
        <translation>%1 itibarıyla eşitlendi</translation>
    </message>
</context>
<context>
    <name>VehicleFields</name>
    <message>
        <source>Licence plate</source>
        <translation>Plaka</translation>
    </message>
    <message>
        <source>Car model</source>
        <translation>Araç modeli</translation>
    </message>
    <message>
        <source>Enter the car model.</source>
        <translation>Araç modelini yazın.</translation>
    </message>
    <message>
        <source>Bought on</source>
        <translation>Alış tarihi</translation>
    </message>
    <message>
        <source>Directly from the manufacturer</source>
        <translation>Doğrudan üreticiden</translation>
    </message>
    <message>
        <source>Used (second-hand)</source>
        <translation>İkinci el</translation>
    </message>
    <message>
        <source>Bought as</source>
        <translation>Alış şekli</translation>
    </message>
    <message>
        <source>VIN (optional)</source>
        <translation>Şasi numarası (isteğe bağlı)</translation>
    </message>
</context>
<context>
    <name>WithdrawDialog</name>
    <message>
        <source>Withdraw from the club</source>
        <translation>Kulüpten ayrıl</translation>
    </message>
    <message>
        <source>Withdrawal is not possible now.</source>
        <translation>Şu anda üyelikten çıkılamaz.</translation>
    </message>
    <message>
        <source>The joining fee is refunded once the club confirms.</source>
        <translation>Katılım ücreti kulüp onayladıktan sonra iade edilir.</translation>
    </message>
    <message>
        <source>No refund: this member joined without paying a fee.</source>
        <translation>İade yok: bu üye ücret ödemeden katıldı.</translation>
    </message>
    <message>
        <source>The member&apos;s written reason</source>
        <translation>Üyenin yazılı gerekçesi</translation>
    </message>
</context>
<context>
    <name>_WriteDialog</name>
    <message>
        <source>Save</source>
        <translation>Kaydet</translation>
    </message>
</context>
</TS>
