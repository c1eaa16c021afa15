<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>AddVehicleDialog</name>
    <message>
        <source>Add a car</source>
        <translation>添加车辆</translation>
    </message>
    <message>
        <source>A new membership card is issued for the car.</source>
        <translation>将为该车辆发放一张新的会员卡。</translation>
    </message>
</context>
<context>
    <name>BatchPrintDialog</name>
    <message>
        <source>Print membership cards</source>
        <translation>打印会员卡</translation>
    </message>
    <message>
        <source>Which cards</source>
        <translation>哪些卡</translation>
    </message>
    <message numerus="yes">
        <source>Cards of the %n selected member(s)</source>
        <translation>
            <numerusform>所选 %n 位会员的卡</numerusform>
        </translation>
    </message>
    <message>
        <source>All cards not yet printed</source>
        <translation>所有尚未打印的卡</translation>
    </message>
    <message>
        <source>Prepare cards</source>
        <translation>准备会员卡</translation>
    </message>
    <message numerus="yes">
        <source>%n card(s) to print</source>
        <translation>
            <numerusform>待打印 %n 张卡</numerusform>
        </translation>
    </message>
    <message>
        <source>No cards to print.</source>
        <translation>没有要打印的卡。</translation>
    </message>
</context>
<context>
    <name>BranchPage</name>
    <message>
        <source>This branch</source>
        <translation>本门店</translation>
    </message>
    <message>
        <source>The code head office knows this branch by, and its name as customers know it.</source>
        <translation>总部识别本门店所用的代码，以及客户熟知的门店名称。</translation>
    </message>
    <message>
        <source>e.g. TH01</source>
        <translation>例如 TH01</translation>
    </message>
    <message>
        <source>Branch code</source>
        <translation>门店代码</translation>
    </message>
    <message>
        <source>Branch name</source>
        <translation>门店名称</translation>
    </message>
    <message>
        <source>Use 1 to 12 Latin letters or digits, e.g. TH01.</source>
        <translation>请使用 1 到 12 个拉丁字母或数字，例如 TH01。</translation>
    </message>
    <message>
        <source>Type the branch&apos;s name as customers know it.</source>
        <translation>请输入客户熟知的门店名称。</translation>
    </message>
</context>
<context>
    <name>CardPrintDialog</name>
    <message>
        <source>Membership cards</source>
        <translation>会员卡</translation>
    </message>
    <message>
        <source>Layout:</source>
        <translation>版式：</translation>
    </message>
    <message>
        <source>Card printer (CR80, one card per page)</source>
        <translation>卡片打印机（CR80，每页一张卡）</translation>
    </message>
    <message>
        <source>A4 sheets (ten cards per sheet, print both sides)</source>
        <translation>A4 纸（每张十张卡，双面打印）</translation>
    </message>
    <message>
        <source>‹ Previous</source>
        <translation>‹ 上一张</translation>
    </message>
    <message>
        <source>Next ›</source>
        <translation>下一张 ›</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>另存为 PDF…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Preparing cards: %v of %m</source>
        <translation>正在准备会员卡：第 %v 张，共 %m 张</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <source>Cancelled. Nothing was printed.</source>
        <translation>已取消，未打印任何内容。</translation>
    </message>
    <message>
        <source>Sheet %1 of %2 – front and back</source>
        <translation>第 %1 页，共 %2 页 – 正面和背面</translation>
    </message>
    <message>
        <source>Card %1 of %2 (%3) – front and back</source>
        <translation>第 %1 张卡，共 %2 张（%3）– 正面和背面</translation>
    </message>
    <message>
        <source>Membership card</source>
        <translation>会员卡</translation>
    </message>
    <message>
        <source>The printer could not be started. Check that it is on and connected.</source>
        <translation>无法启动打印机。请检查打印机是否已开机并连接。</translation>
    </message>
    <message>
        <source>The printer stopped after %1 pages.</source>
        <translation>打印机在打印 %1 页后停止。</translation>
    </message>
    <message>
        <source>Print membership cards</source>
        <translation>打印会员卡</translation>
    </message>
    <message>
        <source>Save cards as PDF</source>
        <translation>将会员卡保存为 PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message numerus="yes">
        <source>%n card(s) recorded as printed.</source>
        <translation>
            <numerusform>已将 %n 张卡记录为已打印。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CoreMessages</name>
    <message>
        <source>Country %1 is not supported; use one of %2.</source>
        <translation>不支持国家 %1；请使用 %2 之一。</translation>
    </message>
    <message>
        <source>An Iranian national ID is made of digits only; %1 contains other characters. Type the 10 digits from the national card.</source>
        <translation>伊朗国民身份证号只由数字组成；%1 含有其他字符。请输入国民卡上的 10 位数字。</translation>
    </message>
    <message>
        <source>An Iranian national ID has 10 digits; %1 has %2. Check the number on the national card. If it starts with 0, type the leading zeros too.</source>
        <translation>伊朗国民身份证号有 10 位数字；%1 有 %2 位。请核对国民卡上的号码。如果以 0 开头，请把开头的 0 也输入。</translation>
    </message>
    <message>
        <source>An Iranian national ID has 10 digits; %1 has %2. Check the number on the national card.</source>
        <translation>伊朗国民身份证号有 10 位数字；%1 有 %2 位。请核对国民卡上的号码。</translation>
    </message>
    <message>
        <source>%1 is not a real national ID (all digits the same). Type the number from the national card.</source>
        <translation>%1 不是真实的身份证号（所有数字都相同）。请输入国民卡上的号码。</translation>
    </message>
    <message>
        <source>%1 fails the national ID check digit, so at least one digit is mistyped. Compare it digit by digit with the national card.</source>
        <translation>%1 未通过身份证号校验位检查，至少有一位数字输错了。请逐位与国民卡核对。</translation>
    </message>
    <message>
        <source>A Chinese resident ID has 18 characters; %1 has %2. Check the number on the ID card.</source>
        <translation>居民身份证号码有 18 位；%1 有 %2 位。请核对身份证上的号码。</translation>
    </message>
    <message>
        <source>A Chinese resident ID is 17 digits followed by a digit or X; %1 is not. Check the number on the ID card.</source>
        <translation>居民身份证号码由 17 位数字加一位数字或 X 组成；%1 不符合。请核对身份证上的号码。</translation>
    </message>
    <message>
        <source>%1 fails the resident ID check character, so at least one character is mistyped. Compare it with the ID card.</source>
        <translation>%1 未通过身份证号码校验码检查，至少有一位输错了。请与身份证核对。</translation>
    </message>
    <message>
        <source>%1 has an impossible birth date or region code in it. Compare it with the ID card.</source>
        <translation>%1 中的出生日期或地区代码不可能存在。请与身份证核对。</translation>
    </message>
    <message>
        <source>A T.C. Kimlik No is made of digits only; %1 contains other characters. Type the 11 digits from the identity card.</source>
        <translation>土耳其身份证号（T.C. Kimlik No）只由数字组成；%1 含有其他字符。请输入身份证上的 11 位数字。</translation>
    </message>
    <message>
        <source>A T.C. Kimlik No has 11 digits; %1 has %2. Check the number on the identity card.</source>
        <translation>土耳其身份证号（T.C. Kimlik No）有 11 位数字；%1 有 %2 位。请核对身份证上的号码。</translation>
    </message>
    <message>
        <source>A T.C. Kimlik No never starts with 0. Check the number on the identity card.</source>
        <translation>土耳其身份证号（T.C. Kimlik No）不会以 0 开头。请核对身份证上的号码。</translation>
    </message>
    <message>
        <source>%1 fails the T.C. Kimlik No check digits, so at least one digit is mistyped. Compare it digit by digit with the identity card.</source>
        <translation>%1 未通过土耳其身份证号校验位检查，至少有一位数字输错了。请逐位与身份证核对。</translation>
    </message>
    <message>
        <source>%1 is not a valid T.C. Kimlik No (%2).</source>
        <translation>%1 不是有效的土耳其身份证号（%2）。</translation>
    </message>
    <message>
        <source>The national ID is empty. Type the number from the ID card.</source>
        <translation>身份证号为空。请输入证件上的号码。</translation>
    </message>
    <message>
        <source>The phone number is empty. Type it like %1 or with +country code.</source>
        <translation>电话号码为空。请按 %1 的格式输入，或带上 + 国家代码。</translation>
    </message>
    <message>
        <source>%1 contains characters a phone number cannot have. Type only digits, like %2.</source>
        <translation>%1 含有电话号码中不能出现的字符。请只输入数字，例如 %2。</translation>
    </message>
    <message>
        <source>%1 is not a phone number. Type it like %2.</source>
        <translation>%1 不是电话号码。请按 %2 的格式输入。</translation>
    </message>
    <message>
        <source>%1 (%2 digits) is not a valid phone number for %3. Check for a missing or extra digit; a local number looks like %4.</source>
        <translation>%1（%2 位数字）不是 %3 的有效电话号码。请检查是否少输或多输了数字；本地号码的格式如 %4。</translation>
    </message>
    <message>
        <source>The VIN is empty. Copy the 17 characters from the registration card.</source>
        <translation>车架号（VIN）为空。请从行驶证上抄写 17 位字符。</translation>
    </message>
    <message>
        <source>A VIN has 17 characters; %1 has %2. Copy it again from the registration card or the windscreen plate.</source>
        <translation>车架号（VIN）有 17 位字符；%1 有 %2 位。请重新从行驶证或挡风玻璃处的铭牌抄写。</translation>
    </message>
    <message>
        <source>A VIN never contains the letters I, O or Q, but %1 has %2. These are usually the digits 1 and 0.</source>
        <translation>车架号（VIN）中不会出现字母 I、O 或 Q，但 %1 含有 %2。这些通常是数字 1 和 0。</translation>
    </message>
    <message>
        <source>A VIN is made of Latin letters and digits only; %1 has other characters. Copy it again from the registration card.</source>
        <translation>车架号（VIN）只由拉丁字母和数字组成；%1 含有其他字符。请重新从行驶证上抄写。</translation>
    </message>
    <message>
        <source>%1 fails the VIN check digit (9th character), so at least one character is mistyped. Compare it character by character with the registration card.</source>
        <translation>%1 未通过车架号校验位（第 9 位）检查，至少有一位字符输错了。请逐位与行驶证核对。</translation>
    </message>
    <message>
        <source>This is empty. Type the name as written on the ID card.</source>
        <translation>此项为空。请按证件上的写法输入姓名。</translation>
    </message>
    <message>
        <source>This is %1 characters long; at most %2 are allowed. Shorten it, for example by leaving out titles.</source>
        <translation>此项长 %1 个字符；最多允许 %2 个。请缩短，例如去掉称谓。</translation>
    </message>
    <message>
        <source>This contains invisible control characters. Delete it and type the name again.</source>
        <translation>其中含有不可见的控制字符。请删除后重新输入姓名。</translation>
    </message>
    <message>
        <source>%1 contains no letters. Type the name as written on the ID card.</source>
        <translation>%1 中没有字母。请按证件上的写法输入姓名。</translation>
    </message>
    <message>
        <source>%1 contains digits. A name has letters only; check the field.</source>
        <translation>%1 含有数字。姓名只能由文字组成，请检查此项。</translation>
    </message>
    <message>
        <source>%1 is in the future (today is %2). Check the year and month; this date cannot be later than today.</source>
        <translation>%1 是将来的日期（今天是 %2）。请检查年份和月份；此日期不能晚于今天。</translation>
    </message>
    <message>
        <source>%1 is before %2, the earliest date allowed here. Check the year.</source>
        <translation>%1 早于此处允许的最早日期 %2。请检查年份。</translation>
    </message>
    <message>
        <source>Type it as year/month/day, e.g. %1.</source>
        <translation>请按 年/月/日 的格式输入，例如 %1。</translation>
    </message>
    <message>
        <source>Type it as year/month/day, e.g. %1, with all four digits of the year.</source>
        <translation>请按 年/月/日 的格式输入，例如 %1，年份须写全四位。</translation>
    </message>
    <message>
        <source>The date is empty. %1</source>
        <translation>日期为空。%1</translation>
    </message>
    <message>
        <source>%1 is not a Jalali month name. %2</source>
        <translation>%1 不是波斯历（贾拉利历）的月份名称。%2</translation>
    </message>
    <message>
        <source>%1 is not a date. %2</source>
        <translation>%1 不是日期。%2</translation>
    </message>
    <message>
        <source>%1 has no four-digit year. %2</source>
        <translation>%1 中没有四位数的年份。%2</translation>
    </message>
    <message>
        <source>%1 looks like a Gregorian year, but dates here are in the Jalali calendar. %2</source>
        <translation>%1 看起来是公历年份，但此处日期使用波斯历（贾拉利历）。%2</translation>
    </message>
    <message>
        <source>%1 looks like a Jalali year, but dates here are in the Gregorian calendar. %2</source>
        <translation>%1 看起来是波斯历年份，但此处日期使用公历。%2</translation>
    </message>
    <message>
        <source>%1 is not a plausible year. %2</source>
        <translation>%1 不是合理的年份。%2</translation>
    </message>
    <message>
        <source>%1 is not a day in the Jalali calendar (month %2, day %3). %4</source>
        <translation>%1 在波斯历中不存在（%2 月 %3 日）。%4</translation>
    </message>
    <message>
        <source>%1 is not a day in the Gregorian calendar (month %2, day %3). %4</source>
        <translation>%1 在公历中不存在（%2 月 %3 日）。%4</translation>
    </message>
    <message>
        <source>%1 is not a day of the calendar.</source>
        <translation>%1 不是日历上的日期。</translation>
    </message>
    <message>
        <source>An Iranian plate is two digits, a letter, three digits and a two-digit region, e.g. 12 ب 345 - 67 (ایران 67).</source>
        <translation>伊朗车牌由两位数字、一个字母、三位数字和两位地区代码组成，例如 12 ب 345 - 67（ایران 67）。</translation>
    </message>
    <message>
        <source>A Chinese plate is a province character, a letter and 5 characters (6 for new-energy cars), e.g. 京A·12345 or 粤B·D12345.</source>
        <translation>中国车牌由省份简称、一个字母和 5 位字符（新能源汽车为 6 位）组成，例如 京A·12345 或 粤B·D12345。</translation>
    </message>
    <message>
        <source>A Turkish plate is a province code 01-81, 1-3 letters and 2-5 digits, e.g. 34 ABC 123, 06 AB 1234 or 35 A 1234.</source>
        <translation>土耳其车牌由省代码 01-81、1-3 个字母和 2-5 位数字组成，例如 34 ABC 123、06 AB 1234 或 35 A 1234。</translation>
    </message>
    <message>
        <source>%1 is not a plate. %2</source>
        <translation>%1 不是车牌。%2</translation>
    </message>
    <message>
        <source>%1 is not a letter used on Iranian plates. Use one of %2. %3</source>
        <translation>%1 不是伊朗车牌使用的字母。请使用 %2 之一。%3</translation>
    </message>
    <message>
        <source>%1 has %2 digits in groups of %3 and %4; a plate has 2 + 3 digits and a 2-digit region. %5</source>
        <translation>%1 共有 %2 位数字，分为 %3 位和 %4 位两组；车牌应为 2 + 3 位数字加两位地区代码。%5</translation>
    </message>
    <message>
        <source>%1 is not a province abbreviation. It must be one of %2. %3</source>
        <translation>%1 不是省份简称。必须是 %2 之一。%3</translation>
    </message>
    <message>
        <source>%1 after %2 is not a valid plate number (%3 characters). %4</source>
        <translation>%2 之后的 %1 不是有效的车牌号码（%3 位字符）。%4</translation>
    </message>
    <message>
        <source>Turkish plates do not use the letters Q, W or X (%1). %2</source>
        <translation>土耳其车牌不使用字母 Q、W 或 X（%1）。%2</translation>
    </message>
    <message>
        <source>%1 is not a province code; codes run from 01 to 81. %2</source>
        <translation>%1 不是省代码；代码范围为 01 到 81。%2</translation>
    </message>
    <message>
        <source>With %1 letter(s) a plate has %2 or %3 digits, not %4. %5</source>
        <translation>有 %1 个字母时，车牌应有 %2 或 %3 位数字，而不是 %4 位。%5</translation>
    </message>
    <message>
        <source>Plates of country %1 are not supported; use one of %2.</source>
        <translation>不支持国家 %1 的车牌；请使用 %2 之一。</translation>
    </message>
    <message>
        <source>The plate is empty. Type it as printed on the car.</source>
        <translation>车牌为空。请按车上的车牌输入。</translation>
    </message>
    <message>
        <source>The amount is empty. Type a number like %1.</source>
        <translation>金额为空。请输入数字，例如 %1。</translation>
    </message>
    <message>
        <source>%1 is negative; an amount here cannot be. Remove the minus sign.</source>
        <translation>%1 是负数；此处金额不能为负。请去掉负号。</translation>
    </message>
    <message>
        <source>%1 is not a number. Type digits only, without currency names, like %2.</source>
        <translation>%1 不是数字。请只输入数字，不要带货币名称，例如 %2。</translation>
    </message>
    <message>
        <source>%1 has its separators in the wrong places. Type a number like %2.</source>
        <translation>%1 中的分隔符位置不对。请输入数字，例如 %2。</translation>
    </message>
    <message>
        <source>%1 has a digit missing or extra between thousands separators. Type a number like %2.</source>
        <translation>%1 中千位分隔符之间少了或多了数字。请输入数字，例如 %2。</translation>
    </message>
    <message>
        <source>%1 has no digits. Type a number like %2.</source>
        <translation>%1 中没有数字。请输入数字，例如 %2。</translation>
    </message>
    <message>
        <source>%1 is not a number. Type a number like %2.</source>
        <translation>%1 不是数字。请输入数字，例如 %2。</translation>
    </message>
    <message>
        <source>Enter the car model, e.g. the name on the registration card.</source>
        <translation>请输入车型，例如行驶证上的名称。</translation>
    </message>
    <message>
        <source>Say whether the car was bought direct or used.</source>
        <translation>请说明车辆是直接购买的还是二手车。</translation>
    </message>
    <message>
        <source>Choose how the member joined: one of %1.</source>
        <translation>请选择入会方式：%1 之一。</translation>
    </message>
    <message>
        <source>An e-mail address needs an @, e.g. name@example.com.</source>
        <translation>电子邮件地址需要包含 @，例如 name@example.com。</translation>
    </message>
    <message>
        <source>This national ID is already enrolled as member %1; open that record.</source>
        <translation>该身份证号已登记为会员 %1；请打开该记录。</translation>
    </message>
    <message>
        <source>This plate is already registered to member %1; open that record.</source>
        <translation>该车牌已登记在会员 %1 名下；请打开该记录。</translation>
    </message>
    <message>
        <source>This VIN is already registered to member %1; open that record.</source>
        <translation>该车架号已登记在会员 %1 名下；请打开该记录。</translation>
    </message>
    <message>
        <source>This field cannot be edited here.</source>
        <translation>此项不能在这里修改。</translation>
    </message>
    <message>
        <source>A withdrawn member must enroll again.</source>
        <translation>已退会的会员须重新入会。</translation>
    </message>
    <message>
        <source>Renewal is not possible now.</source>
        <translation>现在无法续会。</translation>
    </message>
    <message>
        <source>Withdrawal needs the member&apos;s written reason.</source>
        <translation>退会需要会员的书面理由。</translation>
    </message>
    <message>
        <source>This membership is already withdrawn.</source>
        <translation>该会员资格已经退出。</translation>
    </message>
    <message>
        <source>Withdrawal is not possible now.</source>
        <translation>现在无法退会。</translation>
    </message>
    <message>
        <source>Membership of the %1 does not expire, so there is nothing to renew.</source>
        <translation>%1 的会员资格不会过期，因此无需续会。</translation>
    </message>
    <message>
        <source>This membership lapsed on %1 and can no longer be renewed; enrol the customer again as a new member.</source>
        <translation>该会员资格已于 %1 失效，不能再续会；请将该客户重新登记为新会员。</translation>
    </message>
    <message>
        <source>The membership starts on %1; withdrawal is possible from that day.</source>
        <translation>会员资格自 %1 开始；从当天起可以退会。</translation>
    </message>
    <message>
        <source>Withdrawal is only possible within %1 days of joining (until %2); after that the membership ends when it is not renewed.</source>
        <translation>只有在入会后 %1 天内（至 %2）才能退会；此后，会员资格不续期即自动结束。</translation>
    </message>
    <message>
        <source>Withdrawal is only possible within %1 days of joining (until %2).</source>
        <translation>只有在入会后 %1 天内（至 %2）才能退会。</translation>
    </message>
    <message>
        <source>This member withdrew; enrol them again instead of renewing.</source>
        <translation>该会员已退会；请重新为其办理入会，而不是续会。</translation>
    </message>
    <message>
        <source>This membership has already lapsed and cannot be renewed; enrol the member again.</source>
        <translation>该会员资格已失效，不能续会；请为会员重新办理入会。</translation>
    </message>
    <message>
        <source>After the delivery invitation, delivery priority can be asked for only once the car is paid in full.</source>
        <translation>收到交车通知后，只有在车款全额付清后才能申请优先交车。</translation>
    </message>
    <message>
        <source>Enter the due delivery date: before the invitation, delivery priority can be asked for from one month before it.</source>
        <translation>请输入应交车日期：在交车通知之前，可从该日期前一个月起申请优先交车。</translation>
    </message>
    <message>
        <source>Before the invitation, delivery priority can be asked for from one month before the due delivery date (%1), that is from %2.</source>
        <translation>在交车通知之前，可从应交车日期（%1）前一个月，即 %2 起申请优先交车。</translation>
    </message>
    <message>
        <source>Choose the case: (a) the delivery invitation has been issued, or (b) it has not been issued yet.</source>
        <translation>请选择情况：(a) 已发出交车通知，或 (b) 尚未发出交车通知。</translation>
    </message>
    <message>
        <source>Registration for this plan opens on %1; registration priority can be asked for from then.</source>
        <translation>该计划的登记于 %1 开始；从那时起可以申请优先登记。</translation>
    </message>
    <message>
        <source>Registration for this plan closed on %1; ask for registration priority on a plan that is still open.</source>
        <translation>该计划的登记已于 %1 截止；请为仍在开放的计划申请优先登记。</translation>
    </message>
    <message>
        <source>Write what the customer was told, e.g. &apos;Called, approved; visit Saturday&apos;.</source>
        <translation>请写下告知客户的内容，例如“已致电，已批准；周六来店”。</translation>
    </message>
    <message>
        <source>Keep the note under %1 characters.</source>
        <translation>备注请少于 %1 个字符。</translation>
    </message>
    <message>
        <source>The customer has already been told about this request.</source>
        <translation>已经就此申请通知过客户。</translation>
    </message>
    <message>
        <source>Head office has not decided yet; the customer can be told once the answer arrives.</source>
        <translation>总部尚未作出决定；收到答复后即可通知客户。</translation>
    </message>
    <message>
        <source>This request is already closed.</source>
        <translation>该申请已经关闭。</translation>
    </message>
    <message>
        <source>Tell the customer the outcome before closing the request.</source>
        <translation>关闭申请前，请先将结果告知客户。</translation>
    </message>
    <message>
        <source>This car is not registered to this member; choose one of theirs.</source>
        <translation>该车辆未登记在此会员名下；请选择其名下的车辆。</translation>
    </message>
    <message>
        <source>Wrong user name or password.</source>
        <translation>用户名或密码错误。</translation>
    </message>
    <message>
        <source>Too many failed sign-ins: this account is locked for %1 more minutes, or until a manager unlocks it.</source>
        <translation>登录失败次数过多：该账户将再锁定 %1 分钟，或直到经理解锁。</translation>
    </message>
    <message>
        <source>Use at least %1 characters for the password.</source>
        <translation>密码至少需要 %1 个字符。</translation>
    </message>
    <message>
        <source>Choose at least one role for the account.</source>
        <translation>请为该账户至少选择一个角色。</translation>
    </message>
    <message>
        <source>Use 2 to 64 letters, digits, dots, dashes or underscores, no spaces.</source>
        <translation>请使用 2 到 64 个字母、数字、点、连字符或下划线，不要有空格。</translation>
    </message>
    <message>
        <source>Staff accounts already exist; sign in as a manager.</source>
        <translation>员工账户已经存在；请以经理身份登录。</translation>
    </message>
    <message>
        <source>Enter the staff member&apos;s full name.</source>
        <translation>请输入员工的全名。</translation>
    </message>
    <message>
        <source>The user name %1 is taken; choose another.</source>
        <translation>用户名 %1 已被占用；请另选一个。</translation>
    </message>
    <message>
        <source>No staff account named %1.</source>
        <translation>没有名为 %1 的员工账户。</translation>
    </message>
    <message>
        <source>You cannot deactivate your own account.</source>
        <translation>您不能停用自己的账户。</translation>
    </message>
</context>
<context>
    <name>CounterApp</name>
    <message>
        <source>Preparing the demo branch…</source>
        <translation>正在准备演示门店…</translation>
    </message>
    <message>
        <source>Dealer Club</source>
        <translation>客户俱乐部</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>Something went wrong</source>
        <translation>出了点问题</translation>
    </message>
    <message>
        <source>Dealer Club ran into an unexpected problem and stopped what it was doing.</source>
        <translation>客户俱乐部遇到意外问题，已停止正在进行的操作。</translation>
    </message>
    <message>
        <source>Everything saved before is safe: a change is stored only when it is complete, so you may need to do the last step again. You can keep working.

If it happens again, press “Copy diagnostics” and paste the text into an email to support.</source>
        <translation>之前保存的内容都是安全的：每项更改只有在完成后才会保存，因此您可能需要重做最后一步。您可以继续工作。

如果再次发生，请点击“复制诊断信息”，并将文本粘贴到发给技术支持的电子邮件中。</translation>
    </message>
    <message>
        <source>Copy diagnostics</source>
        <translation>复制诊断信息</translation>
    </message>
</context>
<context>
    <name>DateInput</name>
    <message>
        <source>Choose from the calendar (Alt+Down)</source>
        <translation>从日历中选择（Alt+下箭头）</translation>
    </message>
</context>
<context>
    <name>DiscountDialog</name>
    <message>
        <source>Discount calculator</source>
        <translation>折扣计算器</translation>
    </message>
    <message>
        <source>Car purchase</source>
        <translation>购车</translation>
    </message>
    <message>
        <source>Labour</source>
        <translation>工时</translation>
    </message>
    <message>
        <source>Parts</source>
        <translation>配件</translation>
    </message>
    <message>
        <source>toman</source>
        <translation>土曼</translation>
    </message>
    <message>
        <source>Price in %1</source>
        <translation>价格（%1）</translation>
    </message>
    <message>
        <source>Discount on</source>
        <translation>折扣用于</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>价格</translation>
    </message>
    <message>
        <source>A purchase discount is a request: the regional sales manager decides it.</source>
        <translation>购车折扣属于申请：由区域销售经理决定。</translation>
    </message>
    <message>
        <source>Discount at this tier: %1 %</source>
        <translation>该等级的折扣：%1%</translation>
    </message>
    <message>
        <source>Discount %1 %: %2
To pay: %3</source>
        <translation>折扣 %1%：%2
应付：%3</translation>
    </message>
</context>
<context>
    <name>EditMemberDialog</name>
    <message>
        <source>Edit member details</source>
        <translation>修改会员资料</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>全名</translation>
    </message>
    <message>
        <source>National ID</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <source>Mobile phone</source>
        <translation>手机号码</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>The member filled in the whole profile form</source>
        <translation>会员已填写完整的资料表</translation>
    </message>
</context>
<context>
    <name>EnrollForm</name>
    <message>
        <source>Enroll a new member</source>
        <translation>登记新会员</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>会员</translation>
    </message>
    <message>
        <source>First car</source>
        <translation>第一辆车</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>全名</translation>
    </message>
    <message>
        <source>As on the ID card</source>
        <translation>与证件上一致</translation>
    </message>
    <message>
        <source>National ID</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <source>Mobile phone</source>
        <translation>手机号码</translation>
    </message>
    <message>
        <source>E-mail (optional)</source>
        <translation>电子邮件（可选）</translation>
    </message>
    <message>
        <source>Birth date (optional)</source>
        <translation>出生日期（可选）</translation>
    </message>
    <message>
        <source>Address (optional)</source>
        <translation>地址（可选）</translation>
    </message>
    <message>
        <source>The member filled in the whole profile form</source>
        <translation>会员已填写完整的资料表</translation>
    </message>
    <message>
        <source>Joined on</source>
        <translation>入会日期</translation>
    </message>
    <message>
        <source>How they joined</source>
        <translation>入会方式</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Enroll (Enter)</source>
        <translation>登记（Enter）</translation>
    </message>
    <message>
        <source>Some fields need attention; see the messages under them.</source>
        <translation>有些字段需要修改；请查看其下方的提示。</translation>
    </message>
    <message>
        <source>Open member %1</source>
        <translation>打开会员 %1</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <source>Dealer Club – set up this branch</source>
        <translation>客户俱乐部 – 设置本门店</translation>
    </message>
</context>
<context>
    <name>Formatting</name>
    <message>
        <source>No tier yet</source>
        <translation>尚无等级</translation>
    </message>
    <message>
        <source>car no. %n</source>
        <comment>position of a car among the member&apos;s purchases</comment>
        <translation>第 %n 辆车</translation>
    </message>
    <message>
        <source>Joined the club %1</source>
        <translation>%1 加入俱乐部</translation>
    </message>
    <message>
        <source>Completed profile</source>
        <translation>完善资料</translation>
    </message>
    <message>
        <source>%1 bought %2</source>
        <translation>%2 购买的%1</translation>
    </message>
    <message>
        <source>Car bought %1</source>
        <translation>%1 购买的车辆</translation>
    </message>
    <message>
        <source>%1: %n points</source>
        <translation>%1：%n 积分</translation>
    </message>
    <message>
        <source>bought before the club&apos;s start date</source>
        <translation>在俱乐部开始日期之前购买</translation>
    </message>
    <message>
        <source>used cars do not earn points yet</source>
        <translation>二手车暂不积分</translation>
    </message>
    <message>
        <source>beyond the number of cars that earn points</source>
        <translation>超出可积分的车辆数量</translation>
    </message>
    <message>
        <source>profile not complete yet</source>
        <translation>资料尚未完善</translation>
    </message>
    <message>
        <source>after today</source>
        <translation>在今天之后</translation>
    </message>
    <message>
        <source>%1: no points (%2)</source>
        <translation>%1：不积分（%2）</translation>
    </message>
    <message>
        <source>Your account may not do this. Ask a branch manager.</source>
        <translation>您的账户无权执行此操作。请联系门店经理。</translation>
    </message>
    <message>
        <source>The branch database is busy (another program is writing). Try again in a moment.</source>
        <translation>门店数据库正忙（另一个程序正在写入）。请稍后再试。</translation>
    </message>
    <message>
        <source>The branch database could not be read or written. Check the disk, then try again.</source>
        <translation>无法读写门店数据库。请检查磁盘后重试。</translation>
    </message>
    <message>
        <source>A file could not be read or written: %1</source>
        <translation>无法读写文件：%1</translation>
    </message>
    <message>
        <source>Something went wrong; try again. If it keeps happening, call support.</source>
        <translation>出了点问题，请重试。如果一直出现，请联系技术支持。</translation>
    </message>
</context>
<context>
    <name>HeadOfficePanel</name>
    <message>
        <source>Leave empty to keep the current secret</source>
        <translation>留空则保留当前密钥</translation>
    </message>
    <message>
        <source>The secret head office gave you</source>
        <translation>总部提供给您的密钥</translation>
    </message>
    <message>
        <source>Head office address</source>
        <translation>总部地址</translation>
    </message>
    <message>
        <source>Branch code at head office</source>
        <translation>在总部的门店代码</translation>
    </message>
    <message>
        <source>Branch secret</source>
        <translation>门店密钥</translation>
    </message>
    <message>
        <source>Club profile: %1, version %2</source>
        <translation>俱乐部配置：%1，版本 %2</translation>
    </message>
    <message>
        <source>Connect and sync</source>
        <translation>连接并同步</translation>
    </message>
    <message>
        <source>Saved. The branch syncs with head office now and every few minutes.</source>
        <translation>已保存。门店现在将与总部同步，之后每隔几分钟同步一次。</translation>
    </message>
</context>
<context>
    <name>JoinMethod</name>
    <message>
        <source>Paid the membership fee</source>
        <translation>已缴纳会费</translation>
    </message>
    <message>
        <source>Free with an insurance purchase</source>
        <translation>购买保险免费入会</translation>
    </message>
    <message>
        <source>Free for referring a new buyer</source>
        <translation>推荐新购车客户免费入会</translation>
    </message>
    <message>
        <source>Free on a repeat purchase</source>
        <translation>再次购车免费入会</translation>
    </message>
    <message>
        <source>With a car purchase</source>
        <translation>随购车入会</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>免费</translation>
    </message>
    <message>
        <source>Standard membership</source>
        <translation>标准会员</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Dealer Club – %1 (%2)</source>
        <translation>客户俱乐部 – %1（%2）</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <source>Enroll</source>
        <translation>登记</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>员工</translation>
    </message>
    <message>
        <source>Print cards</source>
        <translation>打印会员卡</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>立即同步</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>锁定</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>退出登录</translation>
    </message>
    <message>
        <source>Language of the screens</source>
        <translation>界面语言</translation>
    </message>
    <message>
        <source>Signed in: %1</source>
        <translation>已登录：%1</translation>
    </message>
    <message>
        <source>%1 is now member %2.</source>
        <translation>%1 现已成为会员 %2。</translation>
    </message>
    <message>
        <source>Not allowed</source>
        <translation>不允许</translation>
    </message>
    <message>
        <source>Your account may not do this. Ask a branch manager.</source>
        <translation>您的账户无权执行此操作。请联系门店经理。</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>已批准</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>已拒绝</translation>
    </message>
    <message>
        <source>needs more information</source>
        <translation>需要更多信息</translation>
    </message>
    <message>
        <source>%1 (%2): %3 – %4</source>
        <translation>%1（%2）：%3 – %4</translation>
    </message>
    <message>
        <source>Head office decided</source>
        <translation>总部已作出决定</translation>
    </message>
    <message>
        <source>Tell the customers, then record it on each request.</source>
        <translation>请通知客户，然后在每个申请中记录。</translation>
    </message>
</context>
<context>
    <name>ManagerPage</name>
    <message>
        <source>First manager account</source>
        <translation>第一个经理账户</translation>
    </message>
    <message>
        <source>The branch manager signs in with this account and creates the other staff accounts.</source>
        <translation>门店经理使用此账户登录，并创建其他员工账户。</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>全名</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Password again</source>
        <translation>再次输入密码</translation>
    </message>
    <message>
        <source>Choose a user name, e.g. the manager&apos;s first name.</source>
        <translation>请选择一个用户名，例如经理的名字。</translation>
    </message>
    <message>
        <source>Type the manager&apos;s full name.</source>
        <translation>请输入经理的全名。</translation>
    </message>
    <message numerus="yes">
        <source>Use at least %n characters for the password.</source>
        <translation>
            <numerusform>密码至少需要 %n 个字符。</numerusform>
        </translation>
    </message>
    <message>
        <source>The two passwords differ; type the same password twice.</source>
        <translation>两次输入的密码不一致；请输入两次相同的密码。</translation>
    </message>
</context>
<context>
    <name>MemberCardMenu</name>
    <message>
        <source>Print cards…</source>
        <translation>打印会员卡…</translation>
    </message>
    <message>
        <source>Issue a new card (lost or damaged)…</source>
        <translation>补发新卡（遗失或损坏）…</translation>
    </message>
    <message>
        <source>Card handed to the member</source>
        <translation>卡已交给会员</translation>
    </message>
    <message>
        <source>Select the car in the list of cars first.</source>
        <translation>请先在车辆列表中选择车辆。</translation>
    </message>
    <message>
        <source>Issue a new card with a new number for the car %1? Card %2 stops working at once and is refused when scanned.</source>
        <translation>要为车辆 %1 发放一张新号码的新卡吗？卡 %2 将立即失效，扫描时会被拒绝。</translation>
    </message>
    <message>
        <source>Issue a card for the car %1?</source>
        <translation>要为车辆 %1 发卡吗？</translation>
    </message>
    <message>
        <source>Issue a new card</source>
        <translation>发放新卡</translation>
    </message>
    <message>
        <source>New card %1 issued. Print it from this menu or with the cards not yet printed.</source>
        <translation>新卡 %1 已发放。可从此菜单打印，或与其他尚未打印的卡一起打印。</translation>
    </message>
    <message>
        <source>This car has no valid card.</source>
        <translation>该车辆没有有效的会员卡。</translation>
    </message>
    <message>
        <source>Card %1 recorded as handed to the member.</source>
        <translation>已记录卡 %1 交给会员。</translation>
    </message>
</context>
<context>
    <name>MemberPage</name>
    <message>
        <source>Enrolled</source>
        <translation>已入会</translation>
    </message>
    <message>
        <source>Details changed: %1</source>
        <translation>资料已修改：%1</translation>
    </message>
    <message>
        <source>Car added: %1</source>
        <translation>已添加车辆：%1</translation>
    </message>
    <message>
        <source>Card %1 issued</source>
        <translation>已发放卡 %1</translation>
    </message>
    <message>
        <source>Card %1 issued, replacing %2</source>
        <translation>已发放卡 %1，替换 %2</translation>
    </message>
    <message>
        <source>Card %1 printed</source>
        <translation>卡 %1 已打印</translation>
    </message>
    <message>
        <source>Card %1 handed to the member</source>
        <translation>卡 %1 已交给会员</translation>
    </message>
    <message>
        <source>Membership renewed</source>
        <translation>已续会</translation>
    </message>
    <message>
        <source>Membership withdrawn</source>
        <translation>已退会</translation>
    </message>
    <message>
        <source>Request: %1</source>
        <translation>申请：%1</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>有效</translation>
    </message>
    <message>
        <source>Expiring soon</source>
        <translation>即将到期</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>已过期</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>已退会</translation>
    </message>
    <message>
        <source>valid</source>
        <translation>有效</translation>
    </message>
    <message>
        <source>replaced</source>
        <translation>已替换</translation>
    </message>
    <message>
        <source>revoked</source>
        <translation>已作废</translation>
    </message>
    <message>
        <source>← Search (Esc)</source>
        <translation>← 搜索（Esc）</translation>
    </message>
    <message>
        <source>Edit details</source>
        <translation>修改资料</translation>
    </message>
    <message>
        <source>Add car</source>
        <translation>添加车辆</translation>
    </message>
    <message>
        <source>Renew</source>
        <translation>续会</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>退会</translation>
    </message>
    <message>
        <source>Discount calculator</source>
        <translation>折扣计算器</translation>
    </message>
    <message>
        <source>New request</source>
        <translation>新申请</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>会员卡</translation>
    </message>
    <message>
        <source>Membership</source>
        <translation>会员资格</translation>
    </message>
    <message>
        <source>Joined on</source>
        <translation>入会日期</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>有效期至</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Joined by</source>
        <translation>入会方式</translation>
    </message>
    <message>
        <source>National ID · phone</source>
        <translation>身份证号 · 电话</translation>
    </message>
    <message>
        <source>Benefits</source>
        <translation>权益</translation>
    </message>
    <message>
        <source>Why this tier</source>
        <translation>为何是此等级</translation>
    </message>
    <message>
        <source>Cars and cards</source>
        <translation>车辆和会员卡</translation>
    </message>
    <message>
        <source>Plate</source>
        <translation>车牌</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>车型</translation>
    </message>
    <message>
        <source>Bought on</source>
        <translation>购买日期</translation>
    </message>
    <message>
        <source>New or used</source>
        <translation>新车或二手车</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>申请</translation>
    </message>
    <message>
        <source>History</source>
        <translation>历史记录</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>What</source>
        <translation>内容</translation>
    </message>
    <message numerus="yes">
        <source>Member number %1 · %n points</source>
        <translation>
            <numerusform>会员编号 %1 · %n 积分</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more points to %1</source>
        <translation>
            <numerusform>距 %1 还差 %n 积分</numerusform>
        </translation>
    </message>
    <message>
        <source>Top tier of the club</source>
        <translation>俱乐部最高等级</translation>
    </message>
    <message>
        <source>Does not expire</source>
        <translation>永久有效</translation>
    </message>
    <message>
        <source>Car purchase discount</source>
        <translation>购车折扣</translation>
    </message>
    <message>
        <source>Labour discount</source>
        <translation>工时折扣</translation>
    </message>
    <message>
        <source>Parts discount</source>
        <translation>配件折扣</translation>
    </message>
    <message>
        <source>%1: %2 %</source>
        <translation>%1：%2%</translation>
    </message>
    <message>
        <source>No benefits at this tier yet</source>
        <translation>该等级暂无权益</translation>
    </message>
    <message numerus="yes">
        <source>Total: %n points</source>
        <translation>
            <numerusform>合计：%n 积分</numerusform>
        </translation>
    </message>
    <message>
        <source>new, direct</source>
        <translation>新车，直接购买</translation>
    </message>
    <message>
        <source>used</source>
        <translation>二手</translation>
    </message>
    <message>
        <source>no card</source>
        <translation>无卡</translation>
    </message>
    <message numerus="yes">
        <source>Membership ends in %n day(s), on %1. Offer renewal.</source>
        <translation>
            <numerusform>会员资格将在 %n 天后（%1）到期。请建议续会。</numerusform>
        </translation>
    </message>
    <message>
        <source>Membership expired on %1. The member must enroll again to use club benefits.</source>
        <translation>会员资格已于 %1 到期。会员须重新入会才能享受俱乐部权益。</translation>
    </message>
    <message>
        <source>This member withdrew from the club.</source>
        <translation>该会员已退出俱乐部。</translation>
    </message>
    <message>
        <source>Details saved.</source>
        <translation>资料已保存。</translation>
    </message>
    <message>
        <source>Car added and its card issued.</source>
        <translation>车辆已添加，会员卡已发放。</translation>
    </message>
    <message>
        <source>Renew membership</source>
        <translation>续会</translation>
    </message>
    <message>
        <source>Renew the membership of %1? Take the renewal fee first.</source>
        <translation>要为 %1 续会吗？请先收取续会费。</translation>
    </message>
    <message>
        <source>Membership renewed.</source>
        <translation>已续会。</translation>
    </message>
    <message>
        <source>Membership withdrawn.</source>
        <translation>已退会。</translation>
    </message>
    <message>
        <source>Request captured; the member page shows its progress.</source>
        <translation>申请已登记；会员页面会显示其进度。</translation>
    </message>
</context>
<context>
    <name>NewRequestDialog</name>
    <message>
        <source>New request</source>
        <translation>新申请</translation>
    </message>
    <message>
        <source>No particular car</source>
        <translation>不针对特定车辆</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>申请</translation>
    </message>
    <message>
        <source>Car</source>
        <translation>车辆</translation>
    </message>
    <message>
        <source>Capture request</source>
        <translation>登记申请</translation>
    </message>
    <message>
        <source>Record as enquiry</source>
        <translation>记录为咨询</translation>
    </message>
    <message>
        <source>The customer&apos;s question is kept and answered by the branch as an enquiry.</source>
        <translation>客户的问题会被保留，并由门店作为咨询予以答复。</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>%1 *</source>
        <translation>%1 *</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>请选择…</translation>
    </message>
    <message>
        <source>the amount, e.g. %1</source>
        <translation>金额，例如 %1</translation>
    </message>
    <message>
        <source>This member may ask for this now.</source>
        <translation>该会员现在可以提出此申请。</translation>
    </message>
    <message>
        <source>Discount at the member&apos;s tier: %1% (%2).</source>
        <translation>会员等级的折扣：%1%（%2）。</translation>
    </message>
    <message>
        <source>Answer due by %1</source>
        <translation>须在 %1 前答复</translation>
    </message>
    <message>
        <source>Not possible now: %1</source>
        <translation>现在不可申请：%1</translation>
    </message>
    <message>
        <source>First possible on %1.</source>
        <translation>最早可于 %1 申请。</translation>
    </message>
</context>
<context>
    <name>ProfilePage</name>
    <message>
        <source>Club profile</source>
        <translation>俱乐部配置</translation>
    </message>
    <message>
        <source>The manufacturer&apos;s club rules this branch runs: points, tiers, benefits and cards.</source>
        <translation>本门店执行的厂家俱乐部规则：积分、等级、权益和会员卡。</translation>
    </message>
    <message>
        <source>No club profile is installed; reinstall Dealer Club.</source>
        <translation>未安装任何俱乐部配置；请重新安装客户俱乐部。</translation>
    </message>
    <message>
        <source>Jalali (Persian) calendar</source>
        <translation>波斯历（贾拉利历）</translation>
    </message>
    <message>
        <source>Gregorian calendar</source>
        <translation>公历</translation>
    </message>
    <message numerus="yes">
        <source>Country: %1 · Currency: %2 · %3 · %n tiers</source>
        <translation>
            <numerusform>国家：%1 · 货币：%2 · %3 · %n 个等级</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RequestsPanel</name>
    <message>
        <source>All statuses</source>
        <translation>所有状态</translation>
    </message>
    <message>
        <source>Waiting for an answer</source>
        <translation>等待答复</translation>
    </message>
    <message>
        <source>All requests</source>
        <translation>所有申请</translation>
    </message>
    <message>
        <source>Overdue only</source>
        <translation>仅显示逾期</translation>
    </message>
    <message>
        <source>Captured by me</source>
        <translation>由我登记</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>No request matches these filters.</source>
        <translation>没有符合这些筛选条件的申请。</translation>
    </message>
    <message>
        <source>What the customer was told, e.g. called, approved</source>
        <translation>告知客户的内容，例如：已致电，已批准</translation>
    </message>
    <message>
        <source>Customer informed</source>
        <translation>已通知客户</translation>
    </message>
    <message>
        <source>Close request</source>
        <translation>关闭申请</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>时间线</translation>
    </message>
    <message>
        <source>Captured</source>
        <translation>已登记</translation>
    </message>
    <message>
        <source>Waiting to be sent</source>
        <translation>等待发送</translation>
    </message>
    <message>
        <source>Sent to head office</source>
        <translation>已发送至总部</translation>
    </message>
    <message>
        <source>Received by head office</source>
        <translation>总部已收到</translation>
    </message>
    <message>
        <source>Under review</source>
        <translation>审核中</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>已批准</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>已拒绝</translation>
    </message>
    <message>
        <source>More information needed</source>
        <translation>需要更多信息</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已关闭</translation>
    </message>
    <message>
        <source>Select a request to see its timeline.</source>
        <translation>选择一个申请以查看其时间线。</translation>
    </message>
    <message>
        <source>%1 for %2 – %3</source>
        <translation>%2 的%1 – %3</translation>
    </message>
    <message>
        <source>Overdue since %1</source>
        <translation>自 %1 起逾期</translation>
    </message>
    <message>
        <source>Answer due %1</source>
        <translation>答复期限 %1</translation>
    </message>
</context>
<context>
    <name>RequestsTableModel</name>
    <message>
        <source>Captured</source>
        <translation>已登记</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>会员</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>申请</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Answer due</source>
        <translation>答复期限</translation>
    </message>
    <message>
        <source>%1 (asked for %2)</source>
        <translation>%1（原申请：%2）</translation>
    </message>
    <message>
        <source>Overdue since %1</source>
        <translation>自 %1 起逾期</translation>
    </message>
</context>
<context>
    <name>ResultsModel</name>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Member number</source>
        <translation>会员编号</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>Plates</source>
        <translation>车牌</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <source>Front desk</source>
        <translation>前台</translation>
    </message>
    <message>
        <source>Service advisor</source>
        <translation>服务顾问</translation>
    </message>
    <message>
        <source>Branch manager</source>
        <translation>门店经理</translation>
    </message>
</context>
<context>
    <name>Scan</name>
    <message>
        <source>This is not a membership card code.</source>
        <translation>这不是会员卡代码。</translation>
    </message>
    <message>
        <source>Unknown card: no card %1 at this branch. The member may have enrolled elsewhere; find them by plate or national ID.</source>
        <translation>未知的卡：本门店没有卡 %1。会员可能在其他门店入会；请用车牌或身份证号查找。</translation>
    </message>
    <message>
        <source>This card&apos;s code is from a newer version of Dealer Club and cannot be checked here. Find the member by plate or name.</source>
        <translation>此卡的代码来自更新版本的客户俱乐部，无法在此核验。请用车牌或姓名查找会员。</translation>
    </message>
    <message>
        <source>Altered card: card %1 belongs to another car than the one printed on it. Do not accept it.</source>
        <translation>卡片被篡改：卡 %1 属于另一辆车，而非卡面所印车辆。请勿接受。</translation>
    </message>
    <message>
        <source>Altered card: the code on this card does not check out. Do not accept it; find the member by plate or national ID instead.</source>
        <translation>卡片被篡改：此卡的代码校验不通过。请勿接受；请改用车牌或身份证号查找会员。</translation>
    </message>
    <message>
        <source>Replaced card: card %1 was replaced by card %2. Take the old card back; the member should use the new one.</source>
        <translation>卡已更换：卡 %1 已被卡 %2 取代。请收回旧卡；会员应使用新卡。</translation>
    </message>
    <message>
        <source>Card %1 is no longer valid.</source>
        <translation>卡 %1 已失效。</translation>
    </message>
    <message>
        <source>Withdrawn membership: %1 left the club. They must enroll again.</source>
        <translation>已退会：%1 已退出俱乐部，须重新入会。</translation>
    </message>
    <message>
        <source>Expired membership: %1&apos;s membership has lapsed. They must enroll again to use club benefits.</source>
        <translation>会员资格已过期：%1 的会员资格已失效。须重新入会才能享受俱乐部权益。</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <source>Find a member</source>
        <translation>查找会员</translation>
    </message>
    <message>
        <source>Plate, phone, name, national ID, member or card number – or scan the card</source>
        <translation>车牌、电话、姓名、身份证号、会员号或卡号 – 或扫描会员卡</translation>
    </message>
    <message>
        <source>Enroll new member</source>
        <translation>登记新会员</translation>
    </message>
    <message>
        <source>Checking the card…</source>
        <translation>正在核验会员卡…</translation>
    </message>
    <message>
        <source>Card code – press Enter to check it</source>
        <translation>卡码 – 按 Enter 核验</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>正在搜索…</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s) found</source>
        <translation>
            <numerusform>找到 %n 位会员</numerusform>
        </translation>
    </message>
    <message>
        <source>No member found for “%1”.</source>
        <translation>未找到与“%1”匹配的会员。</translation>
    </message>
    <message>
        <source>Open the record</source>
        <translation>打开记录</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <source>Show prices in toman</source>
        <translation>以土曼显示价格</translation>
    </message>
    <message>
        <source>Branch code</source>
        <translation>门店代码</translation>
    </message>
    <message>
        <source>Branch name</source>
        <translation>门店名称</translation>
    </message>
    <message>
        <source>Lock the screen after</source>
        <translation>锁屏时间</translation>
    </message>
    <message>
        <source>Branch</source>
        <translation>门店</translation>
    </message>
    <message>
        <source>Club profile this branch runs</source>
        <translation>本门店执行的俱乐部配置</translation>
    </message>
    <message>
        <source>Changing the club profile changes every member&apos;s points, tiers and benefits. Do it only when head office tells you to.</source>
        <translation>更改俱乐部配置会改变所有会员的积分、等级和权益。请仅在总部要求时操作。</translation>
    </message>
    <message>
        <source>Club profile</source>
        <translation>俱乐部配置</translation>
    </message>
    <message>
        <source>Head office</source>
        <translation>总部</translation>
    </message>
    <message>
        <source>Staff accounts</source>
        <translation>员工账户</translation>
    </message>
    <message>
        <source>Type the branch&apos;s name as customers know it.</source>
        <translation>请输入客户熟知的门店名称。</translation>
    </message>
    <message>
        <source>Change club profile</source>
        <translation>更改俱乐部配置</translation>
    </message>
    <message>
        <source>Switch this branch to the club profile %1?</source>
        <translation>要将本门店切换到俱乐部配置 %1 吗？</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Dealer Club – locked</source>
        <translation>客户俱乐部 – 已锁定</translation>
    </message>
    <message>
        <source>Dealer Club – sign in</source>
        <translation>客户俱乐部 – 登录</translation>
    </message>
    <message>
        <source>Screen locked</source>
        <translation>屏幕已锁定</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>Branch %1 – %2</source>
        <translation>门店 %1 – %2</translation>
    </message>
    <message>
        <source>The screen was locked after a period without use. Type your password to carry on where you left off.</source>
        <translation>屏幕在一段时间未使用后已锁定。请输入密码，从刚才离开的地方继续。</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Demo branch. Sign in as %1 with the password %2.</source>
        <translation>演示门店。请使用 %1 登录，密码为 %2。</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>解锁</translation>
    </message>
    <message>
        <source>Switch user</source>
        <translation>切换用户</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <source>Type your user name and password.</source>
        <translation>请输入用户名和密码。</translation>
    </message>
    <message>
        <source>Only %1 can unlock this screen.</source>
        <translation>只有 %1 可以解锁此屏幕。</translation>
    </message>
</context>
<context>
    <name>StaffAccountDialog</name>
    <message>
        <source>New staff account</source>
        <translation>新员工账户</translation>
    </message>
    <message>
        <source>Staff account</source>
        <translation>员工账户</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>全名</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>New password (leave empty to keep)</source>
        <translation>新密码（留空则保持不变）</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>角色</translation>
    </message>
</context>
<context>
    <name>StaffPanel</name>
    <message>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>全名</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>New account…</source>
        <translation>新建账户…</translation>
    </message>
    <message>
        <source>Roles and password…</source>
        <translation>角色和密码…</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>停用</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>解锁</translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>Locked until %1</source>
        <translation>锁定至 %1</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>有效</translation>
    </message>
    <message>
        <source>Activate</source>
        <translation>启用</translation>
    </message>
</context>
<context>
    <name>StatusArea</name>
    <message>
        <source>Not connected to head office yet</source>
        <translation>尚未连接总部</translation>
    </message>
    <message>
        <source>Last change: %1</source>
        <translation>最近更新：%1</translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message>
        <source>Sending to head office…</source>
        <translation>正在发送至总部…</translation>
    </message>
    <message>
        <source>Sending %1 of %2…</source>
        <translation>正在发送第 %1 项，共 %2 项…</translation>
    </message>
    <message>
        <source>Not connected to head office yet</source>
        <translation>尚未连接总部</translation>
    </message>
    <message numerus="yes">
        <source>%n waiting to be sent</source>
        <translation>
            <numerusform>%n 项等待发送</numerusform>
        </translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>离线</translation>
    </message>
    <message>
        <source>Sync error: %1</source>
        <translation>同步错误：%1</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>尚未同步</translation>
    </message>
    <message>
        <source>Synced at %1</source>
        <translation>已于 %1 同步</translation>
    </message>
</context>
<context>
    <name>VehicleFields</name>
    <message>
        <source>Licence plate</source>
        <translation>车牌号</translation>
    </message>
    <message>
        <source>Car model</source>
        <translation>车型</translation>
    </message>
    <message>
        <source>Enter the car model.</source>
        <translation>请输入车型。</translation>
    </message>
    <message>
        <source>Bought on</source>
        <translation>购买日期</translation>
    </message>
    <message>
        <source>Directly from the manufacturer</source>
        <translation>直接从厂家购买</translation>
    </message>
    <message>
        <source>Used (second-hand)</source>
        <translation>二手车</translation>
    </message>
    <message>
        <source>Bought as</source>
        <translation>购买方式</translation>
    </message>
    <message>
        <source>VIN (optional)</source>
        <translation>车架号（可选）</translation>
    </message>
</context>
<context>
    <name>WithdrawDialog</name>
    <message>
        <source>Withdraw from the club</source>
        <translation>退出俱乐部</translation>
    </message>
    <message>
        <source>Withdrawal is not possible now.</source>
        <translation>现在无法退会。</translation>
    </message>
    <message>
        <source>The joining fee is refunded once the club confirms.</source>
        <translation>俱乐部确认后将退还入会费。</translation>
    </message>
    <message>
        <source>No refund: this member joined without paying a fee.</source>
        <translation>不退款：该会员入会时未缴费。</translation>
    </message>
    <message>
        <source>The member&apos;s written reason</source>
        <translation>会员的书面理由</translation>
    </message>
</context>
<context>
    <name>_WriteDialog</name>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
</context>
</TS>
