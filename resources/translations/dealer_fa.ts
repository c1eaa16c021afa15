<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fa_IR" sourcelanguage="en">
<context>
    <name>AddVehicleDialog</name>
    <message>
        <source>Add a car</source>
        <translation>افزودن خودرو</translation>
    </message>
    <message>
        <source>A new membership card is issued for the car.</source>
        <translation>برای این خودرو کارت عضویت جدیدی صادر می‌شود.</translation>
    </message>
</context>
<context>
    <name>BatchPrintDialog</name>
    <message>
        <source>Print membership cards</source>
        <translation>چاپ کارت‌های عضویت</translation>
    </message>
    <message>
        <source>Which cards</source>
        <translation>کدام کارت‌ها</translation>
    </message>
    <message numerus="yes">
        <source>Cards of the %n selected member(s)</source>
        <translation>
            <numerusform>کارت‌های %Ln عضو انتخاب‌شده</numerusform>
        </translation>
    </message>
    <message>
        <source>All cards not yet printed</source>
        <translation>همه‌ی کارت‌هایی که هنوز چاپ نشده‌اند</translation>
    </message>
    <message>
        <source>Prepare cards</source>
        <translation>آماده‌سازی کارت‌ها</translation>
    </message>
    <message numerus="yes">
        <source>%n card(s) to print</source>
        <translation>
            <numerusform>%Ln کارت برای چاپ</numerusform>
        </translation>
    </message>
    <message>
        <source>No cards to print.</source>
        <translation>کارتی برای چاپ نیست.</translation>
    </message>
</context>
<context>
    <name>BranchPage</name>
    <message>
        <source>This branch</source>
        <translation>این نمایندگی</translation>
    </message>
    <message>
        <source>The code head office knows this branch by, and its name as customers know it.</source>
        <translation>کدی که دفتر مرکزی این نمایندگی را با آن می‌شناسد، و نامی که مشتریان آن را با آن می‌شناسند.</translation>
    </message>
    <message>
        <source>e.g. TH01</source>
        <translation>مثلاً TH01</translation>
    </message>
    <message>
        <source>Branch code</source>
        <translation>کد نمایندگی</translation>
    </message>
    <message>
        <source>Branch name</source>
        <translation>نام نمایندگی</translation>
    </message>
    <message>
        <source>Use 1 to 12 Latin letters or digits, e.g. TH01.</source>
        <translation>از ۱ تا ۱۲ حرف لاتین یا رقم استفاده کنید، مثلاً TH01.</translation>
    </message>
    <message>
        <source>Type the branch&apos;s name as customers know it.</source>
        <translation>نام نمایندگی را همان‌طور که مشتریان می‌شناسند بنویسید.</translation>
    </message>
</context>
<context>
    <name>CardPrintDialog</name>
    <message>
        <source>Membership cards</source>
        <translation>کارت‌های عضویت</translation>
    </message>
    <message>
        <source>Layout:</source>
        <translation>چیدمان:</translation>
    </message>
    <message>
        <source>Card printer (CR80, one card per page)</source>
        <translation>چاپگر کارت (CR80، هر صفحه یک کارت)</translation>
    </message>
    <message>
        <source>A4 sheets (ten cards per sheet, print both sides)</source>
        <translation>برگه‌ی A4 (ده کارت در هر برگه، چاپ دورو)</translation>
    </message>
    <message>
        <source>‹ Previous</source>
        <translation>› قبلی</translation>
    </message>
    <message>
        <source>Next ›</source>
        <translation>بعدی ‹</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>انصراف</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>چاپ…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>ذخیره به‌صورت PDF…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>بستن</translation>
    </message>
    <message>
        <source>Preparing cards: %v of %m</source>
        <translation>آماده‌سازی کارت‌ها: %v از %m</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>در حال لغو…</translation>
    </message>
    <message>
        <source>Cancelled. Nothing was printed.</source>
        <translation>لغو شد. چیزی چاپ نشد.</translation>
    </message>
    <message>
        <source>Sheet %1 of %2 – front and back</source>
        <translation>برگه‌ی %1 از %2 – رو و پشت</translation>
    </message>
    <message>
        <source>Card %1 of %2 (%3) – front and back</source>
        <translation>کارت %1 از %2 (%3) – رو و پشت</translation>
    </message>
    <message>
        <source>Membership card</source>
        <translation>کارت عضویت</translation>
    </message>
    <message>
        <source>The printer could not be started. Check that it is on and connected.</source>
        <translation>چاپگر راه‌اندازی نشد. بررسی کنید روشن و وصل باشد.</translation>
    </message>
    <message>
        <source>The printer stopped after %1 pages.</source>
        <translation>چاپگر پس از %1 صفحه متوقف شد.</translation>
    </message>
    <message>
        <source>Print membership cards</source>
        <translation>چاپ کارت‌های عضویت</translation>
    </message>
    <message>
        <source>Save cards as PDF</source>
        <translation>ذخیره‌ی کارت‌ها به‌صورت PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>فایل‌های PDF (*.pdf)</translation>
    </message>
    <message numerus="yes">
        <source>%n card(s) recorded as printed.</source>
        <translation>
            <numerusform>%Ln کارت به‌عنوان چاپ‌شده ثبت شد.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CoreMessages</name>
    <message>
        <source>Country %1 is not supported; use one of %2.</source>
        <translation>کشور %1 پشتیبانی نمی‌شود؛ یکی از %2 را به کار ببرید.</translation>
    </message>
    <message>
        <source>An Iranian national ID is made of digits only; %1 contains other characters. Type the 10 digits from the national card.</source>
        <translation>کد ملی فقط از رقم تشکیل می‌شود؛ %1 نویسه‌های دیگری دارد. ۱۰ رقم روی کارت ملی را وارد کنید.</translation>
    </message>
    <message>
        <source>An Iranian national ID has 10 digits; %1 has %2. Check the number on the national card. If it starts with 0, type the leading zeros too.</source>
        <translation>کد ملی ۱۰ رقم دارد؛ %1 دارای %2 رقم است. شماره را با کارت ملی مقایسه کنید. اگر با ۰ شروع می‌شود، صفرهای ابتدای آن را هم وارد کنید.</translation>
    </message>
    <message>
        <source>An Iranian national ID has 10 digits; %1 has %2. Check the number on the national card.</source>
        <translation>کد ملی ۱۰ رقم دارد؛ %1 دارای %2 رقم است. شماره را با کارت ملی مقایسه کنید.</translation>
    </message>
    <message>
        <source>%1 is not a real national ID (all digits the same). Type the number from the national card.</source>
        <translation>%1 کد ملی واقعی نیست (همه‌ی رقم‌ها یکسان‌اند). شماره‌ی روی کارت ملی را وارد کنید.</translation>
    </message>
    <message>
        <source>%1 fails the national ID check digit, so at least one digit is mistyped. Compare it digit by digit with the national card.</source>
        <translation>%1 رقم کنترل کد ملی را ندارد، پس دست‌کم یک رقم اشتباه وارد شده است. رقم‌به‌رقم با کارت ملی مقایسه کنید.</translation>
    </message>
    <message>
        <source>A Chinese resident ID has 18 characters; %1 has %2. Check the number on the ID card.</source>
        <translation>شماره‌ی شناسایی مقیم چین ۱۸ نویسه دارد؛ %1 دارای %2 نویسه است. شماره را با کارت شناسایی مقایسه کنید.</translation>
    </message>
    <message>
        <source>A Chinese resident ID is 17 digits followed by a digit or X; %1 is not. Check the number on the ID card.</source>
        <translation>شماره‌ی شناسایی مقیم چین ۱۷ رقم و پس از آن یک رقم یا X است؛ %1 این‌طور نیست. شماره را با کارت شناسایی مقایسه کنید.</translation>
    </message>
    <message>
        <source>%1 fails the resident ID check character, so at least one character is mistyped. Compare it with the ID card.</source>
        <translation>%1 نویسه‌ی کنترل شماره‌ی شناسایی را ندارد، پس دست‌کم یک نویسه اشتباه وارد شده است. با کارت شناسایی مقایسه کنید.</translation>
    </message>
    <message>
        <source>%1 has an impossible birth date or region code in it. Compare it with the ID card.</source>
        <translation>در %1 تاریخ تولد یا کد منطقه‌ی ناممکنی هست. با کارت شناسایی مقایسه کنید.</translation>
    </message>
    <message>
        <source>A T.C. Kimlik No is made of digits only; %1 contains other characters. Type the 11 digits from the identity card.</source>
        <translation>شماره‌ی T.C. Kimlik No فقط از رقم تشکیل می‌شود؛ %1 نویسه‌های دیگری دارد. ۱۱ رقم روی کارت شناسایی را وارد کنید.</translation>
    </message>
    <message>
        <source>A T.C. Kimlik No has 11 digits; %1 has %2. Check the number on the identity card.</source>
        <translation>شماره‌ی T.C. Kimlik No یازده رقم دارد؛ %1 دارای %2 رقم است. شماره را با کارت شناسایی مقایسه کنید.</translation>
    </message>
    <message>
        <source>A T.C. Kimlik No never starts with 0. Check the number on the identity card.</source>
        <translation>شماره‌ی T.C. Kimlik No هرگز با ۰ شروع نمی‌شود. شماره را با کارت شناسایی مقایسه کنید.</translation>
    </message>
    <message>
        <source>%1 fails the T.C. Kimlik No check digits, so at least one digit is mistyped. Compare it digit by digit with the identity card.</source>
        <translation>%1 رقم‌های کنترل T.C. Kimlik No را ندارد، پس دست‌کم یک رقم اشتباه وارد شده است. رقم‌به‌رقم با کارت شناسایی مقایسه کنید.</translation>
    </message>
    <message>
        <source>%1 is not a valid T.C. Kimlik No (%2).</source>
        <translation>%1 شماره‌ی T.C. Kimlik No معتبری نیست (%2).</translation>
    </message>
    <message>
        <source>The national ID is empty. Type the number from the ID card.</source>
        <translation>کد ملی خالی است. شماره‌ی روی کارت شناسایی را وارد کنید.</translation>
    </message>
    <message>
        <source>The phone number is empty. Type it like %1 or with +country code.</source>
        <translation>شماره‌ی تلفن خالی است. آن را مثل %1 یا با پیش‌شماره‌ی کشور (+) وارد کنید.</translation>
    </message>
    <message>
        <source>%1 contains characters a phone number cannot have. Type only digits, like %2.</source>
        <translation>%1 نویسه‌هایی دارد که در شماره‌ی تلفن نمی‌آید. فقط رقم وارد کنید، مثل %2.</translation>
    </message>
    <message>
        <source>%1 is not a phone number. Type it like %2.</source>
        <translation>%1 شماره‌ی تلفن نیست. آن را مثل %2 وارد کنید.</translation>
    </message>
    <message>
        <source>%1 (%2 digits) is not a valid phone number for %3. Check for a missing or extra digit; a local number looks like %4.</source>
        <translation>%1 (%2 رقم) شماره‌ی تلفن معتبری برای %3 نیست. ببینید رقمی کم یا زیاد نباشد؛ شماره‌ی داخلی شبیه %4 است.</translation>
    </message>
    <message>
        <source>The VIN is empty. Copy the 17 characters from the registration card.</source>
        <translation>شماره‌ی شاسی (VIN) خالی است. ۱۷ نویسه را از کارت خودرو رونویسی کنید.</translation>
    </message>
    <message>
        <source>A VIN has 17 characters; %1 has %2. Copy it again from the registration card or the windscreen plate.</source>
        <translation>شماره‌ی شاسی (VIN) ۱۷ نویسه دارد؛ %1 دارای %2 نویسه است. آن را دوباره از کارت خودرو یا پلاک شاسی پشت شیشه رونویسی کنید.</translation>
    </message>
    <message>
        <source>A VIN never contains the letters I, O or Q, but %1 has %2. These are usually the digits 1 and 0.</source>
        <translation>شماره‌ی شاسی (VIN) هرگز حرف‌های I، O یا Q ندارد، اما %1 دارای %2 است. این‌ها معمولاً رقم‌های ۱ و ۰ هستند.</translation>
    </message>
    <message>
        <source>A VIN is made of Latin letters and digits only; %1 has other characters. Copy it again from the registration card.</source>
        <translation>شماره‌ی شاسی (VIN) فقط از حروف لاتین و رقم تشکیل می‌شود؛ %1 نویسه‌های دیگری دارد. آن را دوباره از کارت خودرو رونویسی کنید.</translation>
    </message>
    <message>
        <source>%1 fails the VIN check digit (9th character), so at least one character is mistyped. Compare it character by character with the registration card.</source>
        <translation>%1 رقم کنترل شماره‌ی شاسی (نویسه‌ی نهم) را ندارد، پس دست‌کم یک نویسه اشتباه وارد شده است. نویسه‌به‌نویسه با کارت خودرو مقایسه کنید.</translation>
    </message>
    <message>
        <source>This is empty. Type the name as written on the ID card.</source>
        <translation>این خانه خالی است. نام را همان‌طور که در کارت شناسایی آمده وارد کنید.</translation>
    </message>
    <message>
        <source>This is %1 characters long; at most %2 are allowed. Shorten it, for example by leaving out titles.</source>
        <translation>این %1 نویسه است؛ حداکثر %2 نویسه مجاز است. کوتاهش کنید، مثلاً عنوان‌ها را حذف کنید.</translation>
    </message>
    <message>
        <source>This contains invisible control characters. Delete it and type the name again.</source>
        <translation>این متن نویسه‌های کنترلی نامرئی دارد. پاکش کنید و نام را دوباره بنویسید.</translation>
    </message>
    <message>
        <source>%1 contains no letters. Type the name as written on the ID card.</source>
        <translation>%1 هیچ حرفی ندارد. نام را همان‌طور که در کارت شناسایی آمده وارد کنید.</translation>
    </message>
    <message>
        <source>%1 contains digits. A name has letters only; check the field.</source>
        <translation>%1 رقم دارد. نام فقط از حروف تشکیل می‌شود؛ این خانه را بررسی کنید.</translation>
    </message>
    <message>
        <source>%1 is in the future (today is %2). Check the year and month; this date cannot be later than today.</source>
        <translation>%1 در آینده است (امروز %2 است). سال و ماه را بررسی کنید؛ این تاریخ نمی‌تواند بعد از امروز باشد.</translation>
    </message>
    <message>
        <source>%1 is before %2, the earliest date allowed here. Check the year.</source>
        <translation>%1 پیش از %2 است که زودترین تاریخ مجاز در اینجاست. سال را بررسی کنید.</translation>
    </message>
    <message>
        <source>Type it as year/month/day, e.g. %1.</source>
        <translation>آن را به‌صورت سال/ماه/روز وارد کنید، مثلاً %1.</translation>
    </message>
    <message>
        <source>Type it as year/month/day, e.g. %1, with all four digits of the year.</source>
        <translation>آن را به‌صورت سال/ماه/روز و با هر چهار رقم سال وارد کنید، مثلاً %1.</translation>
    </message>
    <message>
        <source>The date is empty. %1</source>
        <translation>تاریخ خالی است. %1</translation>
    </message>
    <message>
        <source>%1 is not a Jalali month name. %2</source>
        <translation>%1 نام ماه شمسی نیست. %2</translation>
    </message>
    <message>
        <source>%1 is not a date. %2</source>
        <translation>%1 تاریخ نیست. %2</translation>
    </message>
    <message>
        <source>%1 has no four-digit year. %2</source>
        <translation>%1 سال چهاررقمی ندارد. %2</translation>
    </message>
    <message>
        <source>%1 looks like a Gregorian year, but dates here are in the Jalali calendar. %2</source>
        <translation>%1 شبیه سال میلادی است، اما تاریخ‌ها در اینجا شمسی‌اند. %2</translation>
    </message>
    <message>
        <source>%1 looks like a Jalali year, but dates here are in the Gregorian calendar. %2</source>
        <translation>%1 شبیه سال شمسی است، اما تاریخ‌ها در اینجا میلادی‌اند. %2</translation>
    </message>
    <message>
        <source>%1 is not a plausible year. %2</source>
        <translation>%1 سال پذیرفتنی‌ای نیست. %2</translation>
    </message>
    <message>
        <source>%1 is not a day in the Jalali calendar (month %2, day %3). %4</source>
        <translation>%1 روزی در تقویم شمسی نیست (ماه %2، روز %3). %4</translation>
    </message>
    <message>
        <source>%1 is not a day in the Gregorian calendar (month %2, day %3). %4</source>
        <translation>%1 روزی در تقویم میلادی نیست (ماه %2، روز %3). %4</translation>
    </message>
    <message>
        <source>%1 is not a day of the calendar.</source>
        <translation>%1 روزی از تقویم نیست.</translation>
    </message>
    <message>
        <source>An Iranian plate is two digits, a letter, three digits and a two-digit region, e.g. 12 ب 345 - 67 (ایران 67).</source>
        <translation>پلاک ایران دو رقم، یک حرف، سه رقم و یک کد منطقه‌ی دورقمی دارد، مثلاً ۱۲ ب ۳۴۵ - ۶۷ (ایران ۶۷).</translation>
    </message>
    <message>
        <source>A Chinese plate is a province character, a letter and 5 characters (6 for new-energy cars), e.g. 京A·12345 or 粤B·D12345.</source>
        <translation>پلاک چین یک نویسه‌ی استان، یک حرف و ۵ نویسه (۶ نویسه برای خودروهای انرژی نو) دارد، مثلاً 京A·12345 یا 粤B·D12345.</translation>
    </message>
    <message>
        <source>A Turkish plate is a province code 01-81, 1-3 letters and 2-5 digits, e.g. 34 ABC 123, 06 AB 1234 or 35 A 1234.</source>
        <translation>پلاک ترکیه یک کد استان ۰۱ تا ۸۱، ۱ تا ۳ حرف و ۲ تا ۵ رقم دارد، مثلاً 34 ABC 123، 06 AB 1234 یا 35 A 1234.</translation>
    </message>
    <message>
        <source>%1 is not a plate. %2</source>
        <translation>%1 پلاک نیست. %2</translation>
    </message>
    <message>
        <source>%1 is not a letter used on Iranian plates. Use one of %2. %3</source>
        <translation>%1 از حروف پلاک‌های ایران نیست. یکی از %2 را به کار ببرید. %3</translation>
    </message>
    <message>
        <source>%1 has %2 digits in groups of %3 and %4; a plate has 2 + 3 digits and a 2-digit region. %5</source>
        <translation>%1 دارای %2 رقم در گروه‌های %3 و %4 است؛ پلاک ۲ + ۳ رقم و یک کد منطقه‌ی دورقمی دارد. %5</translation>
    </message>
    <message>
        <source>%1 is not a province abbreviation. It must be one of %2. %3</source>
        <translation>%1 نشانه‌ی استان نیست. باید یکی از %2 باشد. %3</translation>
    </message>
    <message>
        <source>%1 after %2 is not a valid plate number (%3 characters). %4</source>
        <translation>%1 پس از %2 شماره‌ی پلاک معتبری نیست (%3 نویسه). %4</translation>
    </message>
    <message>
        <source>Turkish plates do not use the letters Q, W or X (%1). %2</source>
        <translation>پلاک‌های ترکیه حرف‌های Q، W یا X ندارند (%1). %2</translation>
    </message>
    <message>
        <source>%1 is not a province code; codes run from 01 to 81. %2</source>
        <translation>%1 کد استان نیست؛ کدها از ۰۱ تا ۸۱ هستند. %2</translation>
    </message>
    <message>
        <source>With %1 letter(s) a plate has %2 or %3 digits, not %4. %5</source>
        <translation>با %1 حرف، پلاک %2 یا %3 رقم دارد، نه %4. %5</translation>
    </message>
    <message>
        <source>Plates of country %1 are not supported; use one of %2.</source>
        <translation>پلاک‌های کشور %1 پشتیبانی نمی‌شوند؛ یکی از %2 را به کار ببرید.</translation>
    </message>
    <message>
        <source>The plate is empty. Type it as printed on the car.</source>
        <translation>پلاک خالی است. آن را همان‌طور که روی خودرو نوشته شده وارد کنید.</translation>
    </message>
    <message>
        <source>The amount is empty. Type a number like %1.</source>
        <translation>مبلغ خالی است. عددی مثل %1 وارد کنید.</translation>
    </message>
    <message>
        <source>%1 is negative; an amount here cannot be. Remove the minus sign.</source>
        <translation>%1 منفی است؛ مبلغ در اینجا نمی‌تواند منفی باشد. علامت منفی را بردارید.</translation>
    </message>
    <message>
        <source>%1 is not a number. Type digits only, without currency names, like %2.</source>
        <translation>%1 عدد نیست. فقط رقم وارد کنید، بدون نام واحد پول، مثل %2.</translation>
    </message>
    <message>
        <source>%1 has its separators in the wrong places. Type a number like %2.</source>
        <translation>جداکننده‌های %1 سر جای خود نیستند. عددی مثل %2 وارد کنید.</translation>
    </message>
    <message>
        <source>%1 has a digit missing or extra between thousands separators. Type a number like %2.</source>
        <translation>در %1 بین جداکننده‌های هزارگان رقمی کم یا زیاد است. عددی مثل %2 وارد کنید.</translation>
    </message>
    <message>
        <source>%1 has no digits. Type a number like %2.</source>
        <translation>%1 هیچ رقمی ندارد. عددی مثل %2 وارد کنید.</translation>
    </message>
    <message>
        <source>%1 is not a number. Type a number like %2.</source>
        <translation>%1 عدد نیست. عددی مثل %2 وارد کنید.</translation>
    </message>
    <message>
        <source>Enter the car model, e.g. the name on the registration card.</source>
        <translation>مدل خودرو را وارد کنید، مثلاً نامی که در کارت خودرو آمده است.</translation>
    </message>
    <message>
        <source>Say whether the car was bought direct or used.</source>
        <translation>مشخص کنید خودرو مستقیم از کارخانه خریده شده یا دست‌دوم است.</translation>
    </message>
    <message>
        <source>Choose how the member joined: one of %1.</source>
        <translation>روش عضویت را انتخاب کنید: یکی از %1.</translation>
    </message>
    <message>
        <source>An e-mail address needs an @, e.g. name@example.com.</source>
        <translation>نشانی ایمیل باید @ داشته باشد، مثلاً name@example.com.</translation>
    </message>
    <message>
        <source>This national ID is already enrolled as member %1; open that record.</source>
        <translation>این کد ملی قبلاً به‌عنوان عضو %1 ثبت شده است؛ پرونده‌ی او را باز کنید.</translation>
    </message>
    <message>
        <source>This plate is already registered to member %1; open that record.</source>
        <translation>این پلاک قبلاً به نام عضو %1 ثبت شده است؛ پرونده‌ی او را باز کنید.</translation>
    </message>
    <message>
        <source>This VIN is already registered to member %1; open that record.</source>
        <translation>این شماره‌ی شاسی قبلاً به نام عضو %1 ثبت شده است؛ پرونده‌ی او را باز کنید.</translation>
    </message>
    <message>
        <source>This field cannot be edited here.</source>
        <translation>این مورد را اینجا نمی‌توان ویرایش کرد.</translation>
    </message>
    <message>
        <source>A withdrawn member must enroll again.</source>
        <translation>عضوی که انصراف داده باید دوباره ثبت‌نام کند.</translation>
    </message>
    <message>
        <source>Renewal is not possible now.</source>
        <translation>اکنون تمدید ممکن نیست.</translation>
    </message>
    <message>
        <source>Withdrawal needs the member&apos;s written reason.</source>
        <translation>برای انصراف، دلیل کتبی عضو لازم است.</translation>
    </message>
    <message>
        <source>This membership is already withdrawn.</source>
        <translation>این عضویت قبلاً لغو شده است.</translation>
    </message>
    <message>
        <source>Withdrawal is not possible now.</source>
        <translation>اکنون انصراف ممکن نیست.</translation>
    </message>
    <message>
        <source>Membership of the %1 does not expire, so there is nothing to renew.</source>
        <translation>عضویت در %1 منقضی نمی‌شود، پس چیزی برای تمدید نیست.</translation>
    </message>
    <message>
        <source>This membership lapsed on %1 and can no longer be renewed; enrol the customer again as a new member.</source>
        <translation>این عضویت در %1 به پایان رسیده و دیگر تمدیدشدنی نیست؛ مشتری را دوباره به‌عنوان عضو جدید ثبت‌نام کنید.</translation>
    </message>
    <message>
        <source>The membership starts on %1; withdrawal is possible from that day.</source>
        <translation>عضویت از %1 آغاز می‌شود؛ انصراف از همان روز ممکن است.</translation>
    </message>
    <message>
        <source>Withdrawal is only possible within %1 days of joining (until %2); after that the membership ends when it is not renewed.</source>
        <translation>انصراف فقط تا %1 روز پس از عضویت (تا %2) ممکن است؛ پس از آن، اگر عضویت تمدید نشود پایان می‌یابد.</translation>
    </message>
    <message>
        <source>Withdrawal is only possible within %1 days of joining (until %2).</source>
        <translation>انصراف فقط تا %1 روز پس از عضویت (تا %2) ممکن است.</translation>
    </message>
    <message>
        <source>This member withdrew; enrol them again instead of renewing.</source>
        <translation>این عضو انصراف داده است؛ به‌جای تمدید، دوباره ثبت‌نامش کنید.</translation>
    </message>
    <message>
        <source>This membership has already lapsed and cannot be renewed; enrol the member again.</source>
        <translation>این عضویت پیش‌تر به پایان رسیده و تمدیدشدنی نیست؛ عضو را دوباره ثبت‌نام کنید.</translation>
    </message>
    <message>
        <source>After the delivery invitation, delivery priority can be asked for only once the car is paid in full.</source>
        <translation>پس از دعوت‌نامه‌ی تحویل، اولویت تحویل را فقط وقتی می‌توان درخواست کرد که بهای خودرو کامل پرداخت شده باشد.</translation>
    </message>
    <message>
        <source>Enter the due delivery date: before the invitation, delivery priority can be asked for from one month before it.</source>
        <translation>تاریخ سررسید تحویل را وارد کنید: پیش از دعوت‌نامه، اولویت تحویل را از یک ماه پیش از آن تاریخ می‌توان درخواست کرد.</translation>
    </message>
    <message>
        <source>Before the invitation, delivery priority can be asked for from one month before the due delivery date (%1), that is from %2.</source>
        <translation>پیش از دعوت‌نامه، اولویت تحویل را از یک ماه پیش از تاریخ سررسید تحویل (%1)، یعنی از %2، می‌توان درخواست کرد.</translation>
    </message>
    <message>
        <source>Choose the case: (a) the delivery invitation has been issued, or (b) it has not been issued yet.</source>
        <translation>حالت را انتخاب کنید: (الف) دعوت‌نامه‌ی تحویل صادر شده است، یا (ب) هنوز صادر نشده است.</translation>
    </message>
    <message>
        <source>Registration for this plan opens on %1; registration priority can be asked for from then.</source>
        <translation>ثبت‌نام در این طرح از %1 آغاز می‌شود؛ اولویت ثبت‌نام را از آن روز می‌توان درخواست کرد.</translation>
    </message>
    <message>
        <source>Registration for this plan closed on %1; ask for registration priority on a plan that is still open.</source>
        <translation>ثبت‌نام در این طرح در %1 بسته شد؛ اولویت ثبت‌نام را برای طرحی درخواست کنید که هنوز باز است.</translation>
    </message>
    <message>
        <source>Write what the customer was told, e.g. &apos;Called, approved; visit Saturday&apos;.</source>
        <translation>بنویسید به مشتری چه گفته شد، مثلاً «تماس گرفته شد، تأیید شد؛ شنبه مراجعه کند».</translation>
    </message>
    <message>
        <source>Keep the note under %1 characters.</source>
        <translation>یادداشت را کوتاه‌تر از %1 نویسه نگه دارید.</translation>
    </message>
    <message>
        <source>The customer has already been told about this request.</source>
        <translation>نتیجه‌ی این درخواست قبلاً به مشتری اطلاع داده شده است.</translation>
    </message>
    <message>
        <source>Head office has not decided yet; the customer can be told once the answer arrives.</source>
        <translation>دفتر مرکزی هنوز تصمیم نگرفته است؛ پس از رسیدن پاسخ می‌توان به مشتری اطلاع داد.</translation>
    </message>
    <message>
        <source>This request is already closed.</source>
        <translation>این درخواست قبلاً بسته شده است.</translation>
    </message>
    <message>
        <source>Tell the customer the outcome before closing the request.</source>
        <translation>پیش از بستن درخواست، نتیجه را به مشتری اطلاع دهید.</translation>
    </message>
    <message>
        <source>This car is not registered to this member; choose one of theirs.</source>
        <translation>این خودرو به نام این عضو ثبت نشده است؛ یکی از خودروهای خود او را انتخاب کنید.</translation>
    </message>
    <message>
        <source>Wrong user name or password.</source>
        <translation>نام کاربری یا رمز عبور نادرست است.</translation>
    </message>
    <message>
        <source>Too many failed sign-ins: this account is locked for %1 more minutes, or until a manager unlocks it.</source>
        <translation>تلاش‌های ناموفق ورود زیاد بوده است: این حساب تا %1 دقیقه‌ی دیگر، یا تا وقتی مدیری قفلش را باز کند، قفل است.</translation>
    </message>
    <message>
        <source>Use at least %1 characters for the password.</source>
        <translation>برای رمز عبور دست‌کم %1 نویسه به کار ببرید.</translation>
    </message>
    <message>
        <source>Choose at least one role for the account.</source>
        <translation>دست‌کم یک نقش برای این حساب انتخاب کنید.</translation>
    </message>
    <message>
        <source>Use 2 to 64 letters, digits, dots, dashes or underscores, no spaces.</source>
        <translation>از ۲ تا ۶۴ حرف، رقم، نقطه، خط تیره یا زیرخط، بدون فاصله استفاده کنید.</translation>
    </message>
    <message>
        <source>Staff accounts already exist; sign in as a manager.</source>
        <translation>حساب‌های کارکنان از قبل وجود دارند؛ با حساب یک مدیر وارد شوید.</translation>
    </message>
    <message>
        <source>Enter the staff member&apos;s full name.</source>
        <translation>نام کامل کارمند را وارد کنید.</translation>
    </message>
    <message>
        <source>The user name %1 is taken; choose another.</source>
        <translation>نام کاربری %1 قبلاً گرفته شده است؛ نام دیگری انتخاب کنید.</translation>
    </message>
    <message>
        <source>No staff account named %1.</source>
        <translation>حساب کارمندی با نام %1 وجود ندارد.</translation>
    </message>
    <message>
        <source>You cannot deactivate your own account.</source>
        <translation>نمی‌توانید حساب خودتان را غیرفعال کنید.</translation>
    </message>
</context>
<context>
    <name>CounterApp</name>
    <message>
        <source>Preparing the demo branch…</source>
        <translation>در حال آماده‌سازی نمایندگی نمایشی…</translation>
    </message>
    <message>
        <source>Dealer Club</source>
        <translation>باشگاه مشتریان</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>Something went wrong</source>
        <translation>مشکلی پیش آمد</translation>
    </message>
    <message>
        <source>Dealer Club ran into an unexpected problem and stopped what it was doing.</source>
        <translation>باشگاه مشتریان با مشکلی پیش‌بینی‌نشده روبه‌رو شد و کاری را که انجام می‌داد متوقف کرد.</translation>
    </message>
    <message>
        <source>Everything saved before is safe: a change is stored only when it is complete, so you may need to do the last step again. You can keep working.

If it happens again, press “Copy diagnostics” and paste the text into an email to support.</source>
        <translation>هر چه پیش‌تر ذخیره شده سالم است: هر تغییر فقط وقتی کامل شود ذخیره می‌شود، پس شاید لازم باشد آخرین مرحله را دوباره انجام دهید. می‌توانید به کار ادامه دهید.

اگر دوباره پیش آمد، «کپی اطلاعات عیب‌یابی» را بزنید و متن را در ایمیلی به پشتیبانی بچسبانید.</translation>
    </message>
    <message>
        <source>Copy diagnostics</source>
        <translation>کپی اطلاعات عیب‌یابی</translation>
    </message>
</context>
<context>
    <name>DateInput</name>
    <message>
        <source>Choose from the calendar (Alt+Down)</source>
        <translation>انتخاب از تقویم (Alt+پایین)</translation>
    </message>
</context>
<context>
    <name>DiscountDialog</name>
    <message>
        <source>Discount calculator</source>
        <translation>محاسبه‌گر تخفیف</translation>
    </message>
    <message>
        <source>Car purchase</source>
        <translation>خرید خودرو</translation>
    </message>
    <message>
        <source>Labour</source>
        <translation>اجرت</translation>
    </message>
    <message>
        <source>Parts</source>
        <translation>قطعات</translation>
    </message>
    <message>
        <source>toman</source>
        <translation>تومان</translation>
    </message>
    <message>
        <source>Price in %1</source>
        <translation>قیمت به %1</translation>
    </message>
    <message>
        <source>Discount on</source>
        <translation>تخفیف روی</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>قیمت</translation>
    </message>
    <message>
        <source>A purchase discount is a request: the regional sales manager decides it.</source>
        <translation>تخفیف خرید یک درخواست است: مدیر فروش منطقه درباره‌ی آن تصمیم می‌گیرد.</translation>
    </message>
    <message>
        <source>Discount at this tier: %1 %</source>
        <translation>تخفیف در این سطح: %1٪</translation>
    </message>
    <message>
        <source>Discount %1 %: %2
To pay: %3</source>
        <translation>تخفیف %1٪: %2
مبلغ قابل پرداخت: %3</translation>
    </message>
</context>
<context>
    <name>EditMemberDialog</name>
    <message>
        <source>Edit member details</source>
        <translation>ویرایش مشخصات عضو</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>نام کامل</translation>
    </message>
    <message>
        <source>National ID</source>
        <translation>کد ملی</translation>
    </message>
    <message>
        <source>Mobile phone</source>
        <translation>تلفن همراه</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>ایمیل</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>تاریخ تولد</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>نشانی</translation>
    </message>
    <message>
        <source>The member filled in the whole profile form</source>
        <translation>عضو همه‌ی فرم مشخصات را پر کرده است</translation>
    </message>
</context>
<context>
    <name>EnrollForm</name>
    <message>
        <source>Enroll a new member</source>
        <translation>ثبت‌نام عضو جدید</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>عضو</translation>
    </message>
    <message>
        <source>First car</source>
        <translation>نخستین خودرو</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>نام کامل</translation>
    </message>
    <message>
        <source>As on the ID card</source>
        <translation>همان‌طور که در کارت شناسایی آمده</translation>
    </message>
    <message>
        <source>National ID</source>
        <translation>کد ملی</translation>
    </message>
    <message>
        <source>Mobile phone</source>
        <translation>تلفن همراه</translation>
    </message>
    <message>
        <source>E-mail (optional)</source>
        <translation>ایمیل (اختیاری)</translation>
    </message>
    <message>
        <source>Birth date (optional)</source>
        <translation>تاریخ تولد (اختیاری)</translation>
    </message>
    <message>
        <source>Address (optional)</source>
        <translation>نشانی (اختیاری)</translation>
    </message>
    <message>
        <source>The member filled in the whole profile form</source>
        <translation>عضو همه‌ی فرم مشخصات را پر کرده است</translation>
    </message>
    <message>
        <source>Joined on</source>
        <translation>تاریخ عضویت</translation>
    </message>
    <message>
        <source>How they joined</source>
        <translation>روش عضویت</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>انصراف</translation>
    </message>
    <message>
        <source>Enroll (Enter)</source>
        <translation>ثبت‌نام (Enter)</translation>
    </message>
    <message>
        <source>Some fields need attention; see the messages under them.</source>
        <translation>برخی خانه‌ها نیاز به بررسی دارند؛ پیام‌های زیر آن‌ها را ببینید.</translation>
    </message>
    <message>
        <source>Open member %1</source>
        <translation>باز کردن عضو %1</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <source>Dealer Club – set up this branch</source>
        <translation>باشگاه مشتریان – راه‌اندازی این نمایندگی</translation>
    </message>
</context>
<context>
    <name>Formatting</name>
    <message>
        <source>No tier yet</source>
        <translation>هنوز سطحی ندارد</translation>
    </message>
    <message>
        <source>car no. %n</source>
        <comment>position of a car among the member&apos;s purchases</comment>
        <translation>خودروی %Ln</translation>
    </message>
    <message>
        <source>Joined the club %1</source>
        <translation>عضویت در باشگاه %1</translation>
    </message>
    <message>
        <source>Completed profile</source>
        <translation>تکمیل مشخصات</translation>
    </message>
    <message>
        <source>%1 bought %2</source>
        <translation>%1 خریداری‌شده در %2</translation>
    </message>
    <message>
        <source>Car bought %1</source>
        <translation>خودروی خریداری‌شده در %1</translation>
    </message>
    <message>
        <source>%1: %n points</source>
        <translation>%1: %Ln امتیاز</translation>
    </message>
    <message>
        <source>bought before the club&apos;s start date</source>
        <translation>پیش از تاریخ آغاز باشگاه خریداری شده</translation>
    </message>
    <message>
        <source>used cars do not earn points yet</source>
        <translation>خودروهای دست‌دوم هنوز امتیاز ندارند</translation>
    </message>
    <message>
        <source>beyond the number of cars that earn points</source>
        <translation>بیش از تعداد خودروهایی که امتیاز می‌گیرند</translation>
    </message>
    <message>
        <source>profile not complete yet</source>
        <translation>مشخصات هنوز کامل نیست</translation>
    </message>
    <message>
        <source>after today</source>
        <translation>پس از امروز</translation>
    </message>
    <message>
        <source>%1: no points (%2)</source>
        <translation>%1: بدون امتیاز (%2)</translation>
    </message>
    <message>
        <source>Your account may not do this. Ask a branch manager.</source>
        <translation>حساب شما اجازه‌ی این کار را ندارد. از مدیر نمایندگی بخواهید.</translation>
    </message>
    <message>
        <source>The branch database is busy (another program is writing). Try again in a moment.</source>
        <translation>پایگاه داده‌ی نمایندگی مشغول است (برنامه‌ی دیگری در حال نوشتن است). کمی بعد دوباره امتحان کنید.</translation>
    </message>
    <message>
        <source>The branch database could not be read or written. Check the disk, then try again.</source>
        <translation>پایگاه داده‌ی نمایندگی خوانده یا نوشته نشد. دیسک را بررسی کنید و دوباره امتحان کنید.</translation>
    </message>
    <message>
        <source>A file could not be read or written: %1</source>
        <translation>فایلی خوانده یا نوشته نشد: %1</translation>
    </message>
    <message>
        <source>Something went wrong; try again. If it keeps happening, call support.</source>
        <translation>مشکلی پیش آمد؛ دوباره امتحان کنید. اگر باز هم تکرار شد، با پشتیبانی تماس بگیرید.</translation>
    </message>
</context>
<context>
    <name>HeadOfficePanel</name>
    <message>
        <source>Leave empty to keep the current secret</source>
        <translation>برای نگه داشتن رمز فعلی، خالی بگذارید</translation>
    </message>
    <message>
        <source>The secret head office gave you</source>
        <translation>رمزی که دفتر مرکزی به شما داده است</translation>
    </message>
    <message>
        <source>Head office address</source>
        <translation>نشانی دفتر مرکزی</translation>
    </message>
    <message>
        <source>Branch code at head office</source>
        <translation>کد نمایندگی در دفتر مرکزی</translation>
    </message>
    <message>
        <source>Branch secret</source>
        <translation>رمز نمایندگی</translation>
    </message>
    <message>
        <source>Club profile: %1, version %2</source>
        <translation>نمایه‌ی باشگاه: %1، نسخه‌ی %2</translation>
    </message>
    <message>
        <source>Connect and sync</source>
        <translation>اتصال و همگام‌سازی</translation>
    </message>
    <message>
        <source>Saved. The branch syncs with head office now and every few minutes.</source>
        <translation>ذخیره شد. نمایندگی اکنون و هر چند دقیقه یک بار با دفتر مرکزی همگام می‌شود.</translation>
    </message>
</context>
<context>
    <name>JoinMethod</name>
    <message>
        <source>Paid the membership fee</source>
        <translation>حق عضویت را پرداخت کرده است</translation>
    </message>
    <message>
        <source>Free with an insurance purchase</source>
        <translation>رایگان با خرید بیمه</translation>
    </message>
    <message>
        <source>Free for referring a new buyer</source>
        <translation>رایگان برای معرفی خریدار جدید</translation>
    </message>
    <message>
        <source>Free on a repeat purchase</source>
        <translation>رایگان با خرید دوباره</translation>
    </message>
    <message>
        <source>With a car purchase</source>
        <translation>همراه با خرید خودرو</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>رایگان</translation>
    </message>
    <message>
        <source>Standard membership</source>
        <translation>عضویت عادی</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Dealer Club – %1 (%2)</source>
        <translation>باشگاه مشتریان – %1 (%2)</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>کارها</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>جستجو</translation>
    </message>
    <message>
        <source>Enroll</source>
        <translation>ثبت‌نام</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>تنظیمات</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>کارکنان</translation>
    </message>
    <message>
        <source>Print cards</source>
        <translation>چاپ کارت‌ها</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>همگام‌سازی اکنون</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>قفل</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>خروج</translation>
    </message>
    <message>
        <source>Language of the screens</source>
        <translation>زبان صفحه‌ها</translation>
    </message>
    <message>
        <source>Signed in: %1</source>
        <translation>وارد شده: %1</translation>
    </message>
    <message>
        <source>%1 is now member %2.</source>
        <translation>%1 اکنون عضو %2 است.</translation>
    </message>
    <message>
        <source>Not allowed</source>
        <translation>مجاز نیست</translation>
    </message>
    <message>
        <source>Your account may not do this. Ask a branch manager.</source>
        <translation>حساب شما اجازه‌ی این کار را ندارد. از مدیر نمایندگی بخواهید.</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>تأیید شد</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>رد شد</translation>
    </message>
    <message>
        <source>needs more information</source>
        <translation>به اطلاعات بیشتری نیاز دارد</translation>
    </message>
    <message>
        <source>%1 (%2): %3 – %4</source>
        <translation>%1 (%2): %3 – %4</translation>
    </message>
    <message>
        <source>Head office decided</source>
        <translation>دفتر مرکزی تصمیم گرفت</translation>
    </message>
    <message>
        <source>Tell the customers, then record it on each request.</source>
        <translation>به مشتریان اطلاع دهید، سپس آن را در هر درخواست ثبت کنید.</translation>
    </message>
</context>
<context>
    <name>ManagerPage</name>
    <message>
        <source>First manager account</source>
        <translation>نخستین حساب مدیر</translation>
    </message>
    <message>
        <source>The branch manager signs in with this account and creates the other staff accounts.</source>
        <translation>مدیر نمایندگی با این حساب وارد می‌شود و حساب‌های دیگر کارکنان را می‌سازد.</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>نام کاربری</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>نام کامل</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>رمز عبور</translation>
    </message>
    <message>
        <source>Password again</source>
        <translation>تکرار رمز عبور</translation>
    </message>
    <message>
        <source>Choose a user name, e.g. the manager&apos;s first name.</source>
        <translation>یک نام کاربری انتخاب کنید، مثلاً نام کوچک مدیر.</translation>
    </message>
    <message>
        <source>Type the manager&apos;s full name.</source>
        <translation>نام کامل مدیر را وارد کنید.</translation>
    </message>
    <message numerus="yes">
        <source>Use at least %n characters for the password.</source>
        <translation>
            <numerusform>برای رمز عبور دست‌کم %Ln نویسه به کار ببرید.</numerusform>
        </translation>
    </message>
    <message>
        <source>The two passwords differ; type the same password twice.</source>
        <translation>دو رمز عبور یکسان نیستند؛ یک رمز را دو بار وارد کنید.</translation>
    </message>
</context>
<context>
    <name>MemberCardMenu</name>
    <message>
        <source>Print cards…</source>
        <translation>چاپ کارت‌ها…</translation>
    </message>
    <message>
        <source>Issue a new card (lost or damaged)…</source>
        <translation>صدور کارت جدید (گم‌شده یا آسیب‌دیده)…</translation>
    </message>
    <message>
        <source>Card handed to the member</source>
        <translation>کارت به عضو تحویل داده شد</translation>
    </message>
    <message>
        <source>Select the car in the list of cars first.</source>
        <translation>اول خودرو را در فهرست خودروها انتخاب کنید.</translation>
    </message>
    <message>
        <source>Issue a new card with a new number for the car %1? Card %2 stops working at once and is refused when scanned.</source>
        <translation>برای خودروی %1 کارت جدیدی با شماره‌ی جدید صادر شود؟ کارت %2 بی‌درنگ از کار می‌افتد و هنگام اسکن پذیرفته نمی‌شود.</translation>
    </message>
    <message>
        <source>Issue a card for the car %1?</source>
        <translation>برای خودروی %1 کارت صادر شود؟</translation>
    </message>
    <message>
        <source>Issue a new card</source>
        <translation>صدور کارت جدید</translation>
    </message>
    <message>
        <source>New card %1 issued. Print it from this menu or with the cards not yet printed.</source>
        <translation>کارت جدید %1 صادر شد. آن را از همین منو یا همراه با کارت‌های چاپ‌نشده چاپ کنید.</translation>
    </message>
    <message>
        <source>This car has no valid card.</source>
        <translation>این خودرو کارت معتبری ندارد.</translation>
    </message>
    <message>
        <source>Card %1 recorded as handed to the member.</source>
        <translation>تحویل کارت %1 به عضو ثبت شد.</translation>
    </message>
</context>
<context>
    <name>MemberPage</name>
    <message>
        <source>Enrolled</source>
        <translation>ثبت‌نام شد</translation>
    </message>
    <message>
        <source>Details changed: %1</source>
        <translation>مشخصات تغییر کرد: %1</translation>
    </message>
    <message>
        <source>Car added: %1</source>
        <translation>خودرو افزوده شد: %1</translation>
    </message>
    <message>
        <source>Card %1 issued</source>
        <translation>کارت %1 صادر شد</translation>
    </message>
    <message>
        <source>Card %1 issued, replacing %2</source>
        <translation>کارت %1 به‌جای %2 صادر شد</translation>
    </message>
    <message>
        <source>Card %1 printed</source>
        <translation>کارت %1 چاپ شد</translation>
    </message>
    <message>
        <source>Card %1 handed to the member</source>
        <translation>کارت %1 به عضو تحویل داده شد</translation>
    </message>
    <message>
        <source>Membership renewed</source>
        <translation>عضویت تمدید شد</translation>
    </message>
    <message>
        <source>Membership withdrawn</source>
        <translation>انصراف از عضویت</translation>
    </message>
    <message>
        <source>Request: %1</source>
        <translation>درخواست: %1</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>فعال</translation>
    </message>
    <message>
        <source>Expiring soon</source>
        <translation>به‌زودی منقضی می‌شود</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>منقضی‌شده</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>انصراف‌داده</translation>
    </message>
    <message>
        <source>valid</source>
        <translation>معتبر</translation>
    </message>
    <message>
        <source>replaced</source>
        <translation>جایگزین‌شده</translation>
    </message>
    <message>
        <source>revoked</source>
        <translation>باطل‌شده</translation>
    </message>
    <message>
        <source>← Search (Esc)</source>
        <translation>→ جستجو (Esc)</translation>
    </message>
    <message>
        <source>Edit details</source>
        <translation>ویرایش مشخصات</translation>
    </message>
    <message>
        <source>Add car</source>
        <translation>افزودن خودرو</translation>
    </message>
    <message>
        <source>Renew</source>
        <translation>تمدید</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>انصراف از عضویت</translation>
    </message>
    <message>
        <source>Discount calculator</source>
        <translation>محاسبه‌گر تخفیف</translation>
    </message>
    <message>
        <source>New request</source>
        <translation>درخواست جدید</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>کارت</translation>
    </message>
    <message>
        <source>Membership</source>
        <translation>عضویت</translation>
    </message>
    <message>
        <source>Joined on</source>
        <translation>تاریخ عضویت</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>معتبر تا</translation>
    </message>
    <message>
        <source>State</source>
        <translation>وضعیت</translation>
    </message>
    <message>
        <source>Joined by</source>
        <translation>روش عضویت</translation>
    </message>
    <message>
        <source>National ID · phone</source>
        <translation>کد ملی · تلفن</translation>
    </message>
    <message>
        <source>Benefits</source>
        <translation>مزایا</translation>
    </message>
    <message>
        <source>Why this tier</source>
        <translation>چرا این سطح</translation>
    </message>
    <message>
        <source>Cars and cards</source>
        <translation>خودروها و کارت‌ها</translation>
    </message>
    <message>
        <source>Plate</source>
        <translation>پلاک</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>مدل</translation>
    </message>
    <message>
        <source>Bought on</source>
        <translation>تاریخ خرید</translation>
    </message>
    <message>
        <source>New or used</source>
        <translation>نو یا دست‌دوم</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>درخواست‌ها</translation>
    </message>
    <message>
        <source>History</source>
        <translation>سابقه</translation>
    </message>
    <message>
        <source>When</source>
        <translation>زمان</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>کاربر</translation>
    </message>
    <message>
        <source>What</source>
        <translation>رویداد</translation>
    </message>
    <message numerus="yes">
        <source>Member number %1 · %n points</source>
        <translation>
            <numerusform>شماره‌ی عضویت %1 · %Ln امتیاز</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more points to %1</source>
        <translation>
            <numerusform>%Ln امتیاز دیگر تا %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Top tier of the club</source>
        <translation>بالاترین سطح باشگاه</translation>
    </message>
    <message>
        <source>Does not expire</source>
        <translation>منقضی نمی‌شود</translation>
    </message>
    <message>
        <source>Car purchase discount</source>
        <translation>تخفیف خرید خودرو</translation>
    </message>
    <message>
        <source>Labour discount</source>
        <translation>تخفیف اجرت</translation>
    </message>
    <message>
        <source>Parts discount</source>
        <translation>تخفیف قطعات</translation>
    </message>
    <message>
        <source>%1: %2 %</source>
        <translation>%1: %2٪</translation>
    </message>
    <message>
        <source>No benefits at this tier yet</source>
        <translation>هنوز در این سطح مزیتی ندارد</translation>
    </message>
    <message numerus="yes">
        <source>Total: %n points</source>
        <translation>
            <numerusform>جمع: %Ln امتیاز</numerusform>
        </translation>
    </message>
    <message>
        <source>new, direct</source>
        <translation>نو، مستقیم</translation>
    </message>
    <message>
        <source>used</source>
        <translation>دست‌دوم</translation>
    </message>
    <message>
        <source>no card</source>
        <translation>بدون کارت</translation>
    </message>
    <message numerus="yes">
        <source>Membership ends in %n day(s), on %1. Offer renewal.</source>
        <translation>
            <numerusform>عضویت %Ln روز دیگر، در %1، به پایان می‌رسد. تمدید را پیشنهاد دهید.</numerusform>
        </translation>
    </message>
    <message>
        <source>Membership expired on %1. The member must enroll again to use club benefits.</source>
        <translation>عضویت در %1 به پایان رسیده است. عضو برای استفاده از مزایای باشگاه باید دوباره ثبت‌نام کند.</translation>
    </message>
    <message>
        <source>This member withdrew from the club.</source>
        <translation>این عضو از باشگاه انصراف داده است.</translation>
    </message>
    <message>
        <source>Details saved.</source>
        <translation>مشخصات ذخیره شد.</translation>
    </message>
    <message>
        <source>Car added and its card issued.</source>
        <translation>خودرو افزوده و کارت آن صادر شد.</translation>
    </message>
    <message>
        <source>Renew membership</source>
        <translation>تمدید عضویت</translation>
    </message>
    <message>
        <source>Renew the membership of %1? Take the renewal fee first.</source>
        <translation>عضویت %1 تمدید شود؟ ابتدا هزینه‌ی تمدید را دریافت کنید.</translation>
    </message>
    <message>
        <source>Membership renewed.</source>
        <translation>عضویت تمدید شد.</translation>
    </message>
    <message>
        <source>Membership withdrawn.</source>
        <translation>انصراف از عضویت ثبت شد.</translation>
    </message>
    <message>
        <source>Request captured; the member page shows its progress.</source>
        <translation>درخواست ثبت شد؛ پیشرفت آن در صفحه‌ی عضو دیده می‌شود.</translation>
    </message>
</context>
<context>
    <name>NewRequestDialog</name>
    <message>
        <source>New request</source>
        <translation>درخواست جدید</translation>
    </message>
    <message>
        <source>No particular car</source>
        <translation>خودروی خاصی نیست</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>درخواست</translation>
    </message>
    <message>
        <source>Car</source>
        <translation>خودرو</translation>
    </message>
    <message>
        <source>Capture request</source>
        <translation>ثبت درخواست</translation>
    </message>
    <message>
        <source>Record as enquiry</source>
        <translation>ثبت به‌عنوان پرسش</translation>
    </message>
    <message>
        <source>The customer&apos;s question is kept and answered by the branch as an enquiry.</source>
        <translation>پرسش مشتری نگه داشته می‌شود و نمایندگی به‌عنوان پرسش به آن پاسخ می‌دهد.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>انصراف</translation>
    </message>
    <message>
        <source>%1 *</source>
        <translation>%1 *</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>انتخاب کنید…</translation>
    </message>
    <message>
        <source>the amount, e.g. %1</source>
        <translation>مبلغ، مثلاً %1</translation>
    </message>
    <message>
        <source>This member may ask for this now.</source>
        <translation>این عضو اکنون می‌تواند این را درخواست کند.</translation>
    </message>
    <message>
        <source>Discount at the member&apos;s tier: %1% (%2).</source>
        <translation>تخفیف در سطح عضو: %1٪ (%2).</translation>
    </message>
    <message>
        <source>Answer due by %1</source>
        <translation>مهلت پاسخ تا %1</translation>
    </message>
    <message>
        <source>Not possible now: %1</source>
        <translation>اکنون ممکن نیست: %1</translation>
    </message>
    <message>
        <source>First possible on %1.</source>
        <translation>نخستین زمان ممکن: %1.</translation>
    </message>
</context>
<context>
    <name>ProfilePage</name>
    <message>
        <source>Club profile</source>
        <translation>نمایه‌ی باشگاه</translation>
    </message>
    <message>
        <source>The manufacturer&apos;s club rules this branch runs: points, tiers, benefits and cards.</source>
        <translation>قواعد باشگاه خودروساز که این نمایندگی اجرا می‌کند: امتیازها، سطح‌ها، مزایا و کارت‌ها.</translation>
    </message>
    <message>
        <source>No club profile is installed; reinstall Dealer Club.</source>
        <translation>هیچ نمایه‌ی باشگاهی نصب نیست؛ باشگاه مشتریان را دوباره نصب کنید.</translation>
    </message>
    <message>
        <source>Jalali (Persian) calendar</source>
        <translation>تقویم شمسی (هجری خورشیدی)</translation>
    </message>
    <message>
        <source>Gregorian calendar</source>
        <translation>تقویم میلادی</translation>
    </message>
    <message numerus="yes">
        <source>Country: %1 · Currency: %2 · %3 · %n tiers</source>
        <translation>
            <numerusform>کشور: %1 · واحد پول: %2 · %3 · %Ln سطح</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RequestsPanel</name>
    <message>
        <source>All statuses</source>
        <translation>همه‌ی وضعیت‌ها</translation>
    </message>
    <message>
        <source>Waiting for an answer</source>
        <translation>در انتظار پاسخ</translation>
    </message>
    <message>
        <source>All requests</source>
        <translation>همه‌ی درخواست‌ها</translation>
    </message>
    <message>
        <source>Overdue only</source>
        <translation>فقط دیرکرددارها</translation>
    </message>
    <message>
        <source>Captured by me</source>
        <translation>ثبت‌شده توسط من</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>تازه‌سازی</translation>
    </message>
    <message>
        <source>No request matches these filters.</source>
        <translation>هیچ درخواستی با این فیلترها جور نیست.</translation>
    </message>
    <message>
        <source>What the customer was told, e.g. called, approved</source>
        <translation>به مشتری چه گفته شد، مثلاً تماس گرفته شد، تأیید شد</translation>
    </message>
    <message>
        <source>Customer informed</source>
        <translation>به مشتری اطلاع داده شد</translation>
    </message>
    <message>
        <source>Close request</source>
        <translation>بستن درخواست</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>روند</translation>
    </message>
    <message>
        <source>Captured</source>
        <translation>ثبت‌شده</translation>
    </message>
    <message>
        <source>Waiting to be sent</source>
        <translation>در انتظار ارسال</translation>
    </message>
    <message>
        <source>Sent to head office</source>
        <translation>به دفتر مرکزی فرستاده شد</translation>
    </message>
    <message>
        <source>Received by head office</source>
        <translation>دفتر مرکزی دریافت کرد</translation>
    </message>
    <message>
        <source>Under review</source>
        <translation>در حال بررسی</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>تأیید شد</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>رد شد</translation>
    </message>
    <message>
        <source>More information needed</source>
        <translation>اطلاعات بیشتری لازم است</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>بسته شد</translation>
    </message>
    <message>
        <source>Select a request to see its timeline.</source>
        <translation>برای دیدن روند یک درخواست، آن را انتخاب کنید.</translation>
    </message>
    <message>
        <source>%1 for %2 – %3</source>
        <translation>%1 برای %2 – %3</translation>
    </message>
    <message>
        <source>Overdue since %1</source>
        <translation>دیرکرد از %1</translation>
    </message>
    <message>
        <source>Answer due %1</source>
        <translation>مهلت پاسخ %1</translation>
    </message>
</context>
<context>
    <name>RequestsTableModel</name>
    <message>
        <source>Captured</source>
        <translation>ثبت‌شده</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>عضو</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>درخواست</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>وضعیت</translation>
    </message>
    <message>
        <source>Answer due</source>
        <translation>مهلت پاسخ</translation>
    </message>
    <message>
        <source>%1 (asked for %2)</source>
        <translation>%1 (درخواست‌شده: %2)</translation>
    </message>
    <message>
        <source>Overdue since %1</source>
        <translation>دیرکرد از %1</translation>
    </message>
</context>
<context>
    <name>ResultsModel</name>
    <message>
        <source>Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <source>Member number</source>
        <translation>شماره‌ی عضویت</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>سطح</translation>
    </message>
    <message>
        <source>Plates</source>
        <translation>پلاک‌ها</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>تلفن</translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <source>Front desk</source>
        <translation>پذیرش</translation>
    </message>
    <message>
        <source>Service advisor</source>
        <translation>مشاور خدمات</translation>
    </message>
    <message>
        <source>Branch manager</source>
        <translation>مدیر نمایندگی</translation>
    </message>
</context>
<context>
    <name>Scan</name>
    <message>
        <source>This is not a membership card code.</source>
        <translation>این کد کارت عضویت نیست.</translation>
    </message>
    <message>
        <source>Unknown card: no card %1 at this branch. The member may have enrolled elsewhere; find them by plate or national ID.</source>
        <translation>کارت ناشناخته: کارت %1 در این نمایندگی نیست. شاید عضو جای دیگری ثبت‌نام کرده باشد؛ او را با پلاک یا کد ملی پیدا کنید.</translation>
    </message>
    <message>
        <source>This card&apos;s code is from a newer version of Dealer Club and cannot be checked here. Find the member by plate or name.</source>
        <translation>کد این کارت از نسخه‌ی جدیدتری از باشگاه مشتریان است و اینجا بررسی‌شدنی نیست. عضو را با پلاک یا نام پیدا کنید.</translation>
    </message>
    <message>
        <source>Altered card: card %1 belongs to another car than the one printed on it. Do not accept it.</source>
        <translation>کارت دست‌کاری‌شده: کارت %1 متعلق به خودروی دیگری است، نه خودرویی که روی آن چاپ شده. آن را نپذیرید.</translation>
    </message>
    <message>
        <source>Altered card: the code on this card does not check out. Do not accept it; find the member by plate or national ID instead.</source>
        <translation>کارت دست‌کاری‌شده: کد این کارت درست نیست. آن را نپذیرید؛ عضو را با پلاک یا کد ملی پیدا کنید.</translation>
    </message>
    <message>
        <source>Replaced card: card %1 was replaced by card %2. Take the old card back; the member should use the new one.</source>
        <translation>کارت جایگزین‌شده: کارت %1 با کارت %2 جایگزین شده است. کارت قدیمی را پس بگیرید؛ عضو باید از کارت جدید استفاده کند.</translation>
    </message>
    <message>
        <source>Card %1 is no longer valid.</source>
        <translation>کارت %1 دیگر معتبر نیست.</translation>
    </message>
    <message>
        <source>Withdrawn membership: %1 left the club. They must enroll again.</source>
        <translation>عضویت لغوشده: %1 از باشگاه انصراف داده است. باید دوباره ثبت‌نام کند.</translation>
    </message>
    <message>
        <source>Expired membership: %1&apos;s membership has lapsed. They must enroll again to use club benefits.</source>
        <translation>عضویت منقضی: عضویت %1 به پایان رسیده است. برای استفاده از مزایای باشگاه باید دوباره ثبت‌نام کند.</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <source>Find a member</source>
        <translation>یافتن عضو</translation>
    </message>
    <message>
        <source>Plate, phone, name, national ID, member or card number – or scan the card</source>
        <translation>پلاک، تلفن، نام، کد ملی، شماره‌ی عضویت یا کارت – یا کارت را اسکن کنید</translation>
    </message>
    <message>
        <source>Enroll new member</source>
        <translation>ثبت‌نام عضو جدید</translation>
    </message>
    <message>
        <source>Checking the card…</source>
        <translation>در حال بررسی کارت…</translation>
    </message>
    <message>
        <source>Card code – press Enter to check it</source>
        <translation>کد کارت – برای بررسی Enter را بزنید</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>در حال جستجو…</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s) found</source>
        <translation>
            <numerusform>%Ln عضو پیدا شد</numerusform>
        </translation>
    </message>
    <message>
        <source>No member found for “%1”.</source>
        <translation>عضوی برای «%1» پیدا نشد.</translation>
    </message>
    <message>
        <source>Open the record</source>
        <translation>باز کردن پرونده</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>تنظیمات</translation>
    </message>
    <message>
        <source> min</source>
        <translation> دقیقه</translation>
    </message>
    <message>
        <source>Show prices in toman</source>
        <translation>نمایش قیمت‌ها به تومان</translation>
    </message>
    <message>
        <source>Branch code</source>
        <translation>کد نمایندگی</translation>
    </message>
    <message>
        <source>Branch name</source>
        <translation>نام نمایندگی</translation>
    </message>
    <message>
        <source>Lock the screen after</source>
        <translation>قفل صفحه پس از</translation>
    </message>
    <message>
        <source>Branch</source>
        <translation>نمایندگی</translation>
    </message>
    <message>
        <source>Club profile this branch runs</source>
        <translation>نمایه‌ی باشگاهی که این نمایندگی اجرا می‌کند</translation>
    </message>
    <message>
        <source>Changing the club profile changes every member&apos;s points, tiers and benefits. Do it only when head office tells you to.</source>
        <translation>تغییر نمایه‌ی باشگاه امتیاز، سطح و مزایای همه‌ی اعضا را تغییر می‌دهد. فقط وقتی دفتر مرکزی گفته است این کار را بکنید.</translation>
    </message>
    <message>
        <source>Club profile</source>
        <translation>نمایه‌ی باشگاه</translation>
    </message>
    <message>
        <source>Head office</source>
        <translation>دفتر مرکزی</translation>
    </message>
    <message>
        <source>Staff accounts</source>
        <translation>حساب‌های کارکنان</translation>
    </message>
    <message>
        <source>Type the branch&apos;s name as customers know it.</source>
        <translation>نام نمایندگی را همان‌طور که مشتریان می‌شناسند بنویسید.</translation>
    </message>
    <message>
        <source>Change club profile</source>
        <translation>تغییر نمایه‌ی باشگاه</translation>
    </message>
    <message>
        <source>Switch this branch to the club profile %1?</source>
        <translation>این نمایندگی به نمایه‌ی باشگاه %1 تغییر کند؟</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Dealer Club – locked</source>
        <translation>باشگاه مشتریان – قفل</translation>
    </message>
    <message>
        <source>Dealer Club – sign in</source>
        <translation>باشگاه مشتریان – ورود</translation>
    </message>
    <message>
        <source>Screen locked</source>
        <translation>صفحه قفل است</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>ورود</translation>
    </message>
    <message>
        <source>Branch %1 – %2</source>
        <translation>نمایندگی %1 – %2</translation>
    </message>
    <message>
        <source>The screen was locked after a period without use. Type your password to carry on where you left off.</source>
        <translation>صفحه پس از مدتی بی‌استفاده ماندن قفل شد. رمز عبور خود را وارد کنید تا از همان جایی که بودید ادامه دهید.</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>نام کاربری</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>رمز عبور</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>زبان</translation>
    </message>
    <message>
        <source>Demo branch. Sign in as %1 with the password %2.</source>
        <translation>نمایندگی نمایشی. با %1 و رمز عبور %2 وارد شوید.</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>باز کردن قفل</translation>
    </message>
    <message>
        <source>Switch user</source>
        <translation>تغییر کاربر</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>خروج از برنامه</translation>
    </message>
    <message>
        <source>Type your user name and password.</source>
        <translation>نام کاربری و رمز عبور خود را وارد کنید.</translation>
    </message>
    <message>
        <source>Only %1 can unlock this screen.</source>
        <translation>فقط %1 می‌تواند قفل این صفحه را باز کند.</translation>
    </message>
</context>
<context>
    <name>StaffAccountDialog</name>
    <message>
        <source>New staff account</source>
        <translation>حساب کارمند جدید</translation>
    </message>
    <message>
        <source>Staff account</source>
        <translation>حساب کارمند</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>نام کاربری</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>نام کامل</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>رمز عبور</translation>
    </message>
    <message>
        <source>New password (leave empty to keep)</source>
        <translation>رمز عبور جدید (برای نگه داشتن رمز فعلی خالی بگذارید)</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>نقش‌ها</translation>
    </message>
</context>
<context>
    <name>StaffPanel</name>
    <message>
        <source>User name</source>
        <translation>نام کاربری</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>نام کامل</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>نقش‌ها</translation>
    </message>
    <message>
        <source>State</source>
        <translation>وضعیت</translation>
    </message>
    <message>
        <source>New account…</source>
        <translation>حساب جدید…</translation>
    </message>
    <message>
        <source>Roles and password…</source>
        <translation>نقش‌ها و رمز عبور…</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>غیرفعال کردن</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>باز کردن قفل</translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation>غیرفعال</translation>
    </message>
    <message>
        <source>Locked until %1</source>
        <translation>قفل تا %1</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>فعال</translation>
    </message>
    <message>
        <source>Activate</source>
        <translation>فعال کردن</translation>
    </message>
</context>
<context>
    <name>StatusArea</name>
    <message>
        <source>Not connected to head office yet</source>
        <translation>هنوز به دفتر مرکزی وصل نشده است</translation>
    </message>
    <message>
        <source>Last change: %1</source>
        <translation>آخرین تغییر: %1</translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message>
        <source>Sending to head office…</source>
        <translation>در حال ارسال به دفتر مرکزی…</translation>
    </message>
    <message>
        <source>Sending %1 of %2…</source>
        <translation>در حال ارسال %1 از %2…</translation>
    </message>
    <message>
        <source>Not connected to head office yet</source>
        <translation>هنوز به دفتر مرکزی وصل نشده است</translation>
    </message>
    <message numerus="yes">
        <source>%n waiting to be sent</source>
        <translation>
            <numerusform>%Ln مورد در انتظار ارسال</numerusform>
        </translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>آفلاین</translation>
    </message>
    <message>
        <source>Sync error: %1</source>
        <translation>خطای همگام‌سازی: %1</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>هنوز همگام نشده است</translation>
    </message>
    <message>
        <source>Synced at %1</source>
        <translation>همگام‌شده در %1</translation>
    </message>
</context>
<context>
    <name>VehicleFields</name>
    <message>
        <source>Licence plate</source>
        <translation>پلاک خودرو</translation>
    </message>
    <message>
        <source>Car model</source>
        <translation>مدل خودرو</translation>
    </message>
    <message>
        <source>Enter the car model.</source>
        <translation>مدل خودرو را وارد کنید.</translation>
    </message>
    <message>
        <source>Bought on</source>
        <translation>تاریخ خرید</translation>
    </message>
    <message>
        <source>Directly from the manufacturer</source>
        <translation>مستقیم از کارخانه</translation>
    </message>
    <message>
        <source>Used (second-hand)</source>
        <translation>دست‌دوم</translation>
    </message>
    <message>
        <source>Bought as</source>
        <translation>نوع خرید</translation>
    </message>
    <message>
        <source>VIN (optional)</source>
        <translation>شماره‌ی شاسی (اختیاری)</translation>
    </message>
</context>
<context>
    <name>WithdrawDialog</name>
    <message>
        <source>Withdraw from the club</source>
        <translation>انصراف از باشگاه</translation>
    </message>
    <message>
        <source>Withdrawal is not possible now.</source>
        <translation>اکنون انصراف ممکن نیست.</translation>
    </message>
    <message>
        <source>The joining fee is refunded once the club confirms.</source>
        <translation>حق عضویت پس از تأیید باشگاه بازپرداخت می‌شود.</translation>
    </message>
    <message>
        <source>No refund: this member joined without paying a fee.</source>
        <translation>بدون بازپرداخت: این عضو بدون پرداخت هزینه عضو شده است.</translation>
    </message>
    <message>
        <source>The member&apos;s written reason</source>
        <translation>دلیل کتبی عضو</translation>
    </message>
</context>
<context>
    <name>_WriteDialog</name>
    <message>
        <source>Save</source>
        <translation>ذخیره</translation>
    </message>
</context>
</TS>
