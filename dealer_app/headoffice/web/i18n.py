"""Page strings of the review console in the club profile's languages, and how values are shown.

A dict catalogue rather than Qt's: the desktop app's .ts/.qm files serve Qt widgets, and the
console is a handful of server-rendered pages. Every key must have all four languages
(tests check it). Persian pages are right-to-left; dates use the profile's calendar through
`dealer_app.calendars`; times are shown in the club's country's time zone, since stored
timestamps are UTC and a regional manager thinks in local time.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import date, datetime
from typing import Any
from zoneinfo import ZoneInfo

from dealer_app import rules
from dealer_app.calendars import format_date, format_datetime
from dealer_app.club_profile import FALLBACK_LANGUAGE, ClubProfile, RequestType
from dealer_app.deadlines import describe_due
from dealer_app.plates import format_plate
from dealer_app.text import to_persian_digits

LANGUAGES = ("en", "fa", "zh_CN", "tr")
RTL_LANGUAGES = frozenset({"fa"})
LANGUAGE_NAMES = {"en": "English", "fa": "فارسی", "zh_CN": "简体中文", "tr": "Türkçe"}
HTML_LANG = {"en": "en", "fa": "fa", "zh_CN": "zh-CN", "tr": "tr"}
# A club profile names its country, not a zone; each of these countries has a single zone.
COUNTRY_ZONES = {"IR": "Asia/Tehran", "CN": "Asia/Shanghai", "TR": "Europe/Istanbul"}

M = dict[str, str]

MESSAGES: dict[str, M] = {
    # --- frame ---
    "app_title": {"en": "Regional review console", "fa": "میز بررسی مدیران فروش منطقه",
                  "zh_CN": "区域审核控制台", "tr": "Bölge inceleme konsolu"},
    "nav_queue": {"en": "Queue", "fa": "صف درخواست‌ها", "zh_CN": "待办队列", "tr": "Kuyruk"},
    "nav_branches": {"en": "Branches", "fa": "نمایندگی‌ها", "zh_CN": "经销店", "tr": "Bayiler"},
    "nav_users": {"en": "Users", "fa": "کاربران", "zh_CN": "用户", "tr": "Kullanıcılar"},
    "nav_profile": {"en": "Club profile", "fa": "پروفایل باشگاه", "zh_CN": "俱乐部规则", "tr": "Kulüp profili"},
    "sign_out": {"en": "Sign out", "fa": "خروج", "zh_CN": "退出", "tr": "Çıkış"},
    "language": {"en": "Language", "fa": "زبان", "zh_CN": "语言", "tr": "Dil"},
    "times_in_zone": {"en": "Times in {zone}", "fa": "زمان‌ها به وقت {zone}", "zh_CN": "时间为{zone}时间",
                      "tr": "Saatler {zone} saatine göre"},
    # --- sign-in ---
    "login_title": {"en": "Sign in to the review console", "fa": "ورود به میز بررسی",
                    "zh_CN": "登录审核控制台", "tr": "İnceleme konsoluna giriş"},
    "username": {"en": "Username", "fa": "نام کاربری", "zh_CN": "用户名", "tr": "Kullanıcı adı"},
    "password": {"en": "Password", "fa": "گذرواژه", "zh_CN": "密码", "tr": "Parola"},
    "sign_in": {"en": "Sign in", "fa": "ورود", "zh_CN": "登录", "tr": "Giriş yap"},
    "signin_failed": {"en": "Wrong username or password.", "fa": "نام کاربری یا گذرواژه نادرست است.",
                      "zh_CN": "用户名或密码错误。", "tr": "Kullanıcı adı veya parola yanlış."},
    "signin_locked": {
        "en": "Too many failed attempts: this username is locked until {until}. "
              "Try again then, or ask an administrator to unlock it.",
        "fa": "تلاش‌های ناموفق زیاد بود: این نام کاربری تا {until} قفل است. "
              "پس از آن دوباره تلاش کنید یا از مدیر سامانه بخواهید قفل را باز کند.",
        "zh_CN": "失败次数过多：该用户名已锁定至 {until}。请届时重试，或请管理员解锁。",
        "tr": "Çok fazla başarısız deneme: bu kullanıcı adı {until} saatine kadar kilitli. "
              "O zaman yeniden deneyin veya bir yöneticiden kilidi açmasını isteyin.",
    },
    "signed_out": {"en": "You are signed out.", "fa": "از سامانه خارج شدید.", "zh_CN": "您已退出。",
                   "tr": "Oturumunuz kapatıldı."},
    "role_regional_manager": {"en": "Regional sales manager", "fa": "مدیر فروش منطقه",
                              "zh_CN": "区域销售经理", "tr": "Bölge satış müdürü"},
    "role_admin": {"en": "Head-office administrator", "fa": "مدیر سامانهٔ دفتر مرکزی",
                   "zh_CN": "总部管理员", "tr": "Genel merkez yöneticisi"},
    # --- queue ---
    "queue_title": {"en": "Requests waiting for a decision", "fa": "درخواست‌های در انتظار تصمیم",
                    "zh_CN": "待决定的申请", "tr": "Karar bekleyen talepler"},
    "status_received": {"en": "New", "fa": "جدید", "zh_CN": "新申请", "tr": "Yeni"},
    "status_need_info": {"en": "More information asked", "fa": "نیازمند اطلاعات بیشتر",
                         "zh_CN": "待补充信息", "tr": "Ek bilgi istendi"},
    "status_approved": {"en": "Approved", "fa": "تأیید شده", "zh_CN": "已批准", "tr": "Onaylandı"},
    "status_rejected": {"en": "Rejected", "fa": "رد شده", "zh_CN": "已拒绝", "tr": "Reddedildi"},
    "overdue": {"en": "Overdue", "fa": "دیرکرد", "zh_CN": "已逾期", "tr": "Gecikmiş"},
    "region": {"en": "Region", "fa": "منطقه", "zh_CN": "区域", "tr": "Bölge"},
    "regions": {"en": "Regions", "fa": "مناطق", "zh_CN": "区域", "tr": "Bölgeler"},
    "branch": {"en": "Branch", "fa": "نمایندگی", "zh_CN": "经销店", "tr": "Bayi"},
    "request_type": {"en": "Request type", "fa": "نوع درخواست", "zh_CN": "申请类型", "tr": "Talep türü"},
    "any": {"en": "Any", "fa": "همه", "zh_CN": "全部", "tr": "Tümü"},
    "overdue_only": {"en": "Overdue only", "fa": "فقط دیرکردها", "zh_CN": "仅逾期", "tr": "Yalnızca gecikmiş"},
    "filter": {"en": "Filter", "fa": "اعمال فیلتر", "zh_CN": "筛选", "tr": "Süz"},
    "clear": {"en": "Clear", "fa": "پاک کردن", "zh_CN": "清除", "tr": "Temizle"},
    "time_left": {"en": "Time left", "fa": "زمان باقی‌مانده", "zh_CN": "剩余时间", "tr": "Kalan süre"},
    "deadline": {"en": "Deadline", "fa": "مهلت پاسخ", "zh_CN": "截止时间", "tr": "Son tarih"},
    "request": {"en": "Request", "fa": "درخواست", "zh_CN": "申请", "tr": "Talep"},
    "member": {"en": "Member", "fa": "عضو", "zh_CN": "会员", "tr": "Üye"},
    "tier_at_capture": {"en": "Tier at capture", "fa": "سطح هنگام ثبت", "zh_CN": "登记时等级",
                        "tr": "Kayıttaki seviye"},
    "state": {"en": "State", "fa": "وضعیت", "zh_CN": "状态", "tr": "Durum"},
    "captured": {"en": "Captured", "fa": "زمان ثبت", "zh_CN": "登记时间", "tr": "Kayıt zamanı"},
    "queue_empty": {"en": "No requests wait for a decision here.", "fa": "درخواستی در انتظار تصمیم نیست.",
                    "zh_CN": "没有待决定的申请。", "tr": "Karar bekleyen talep yok."},
    "queue_truncated": {"en": "Showing the first {n} requests; narrow the filters to see the rest.",
                        "fa": "فقط {n} درخواست نخست نمایش داده می‌شود؛ برای دیدن بقیه فیلترها را محدودتر کنید.",
                        "zh_CN": "仅显示前 {n} 条申请；请缩小筛选范围查看其余申请。",
                        "tr": "İlk {n} talep gösteriliyor; gerisini görmek için süzgeçleri daraltın."},
    "no_deadline": {"en": "no deadline", "fa": "بدون مهلت", "zh_CN": "无截止时间", "tr": "süre yok"},
    "due_now": {"en": "due now", "fa": "هم‌اکنون سررسید", "zh_CN": "现在到期", "tr": "şimdi doluyor"},
    "due_in": {"en": "due in {span}", "fa": "{span} مانده", "zh_CN": "{span}后到期", "tr": "{span} içinde"},
    "overdue_by": {"en": "overdue by {span}", "fa": "{span} دیرکرد", "zh_CN": "已逾期{span}",
                   "tr": "{span} gecikmiş"},
    "unit_minute": {"en": "{n} minutes", "fa": "{n} دقیقه", "zh_CN": "{n} 分钟", "tr": "{n} dakika"},
    "unit_hour": {"en": "{n} hours", "fa": "{n} ساعت", "zh_CN": "{n} 小时", "tr": "{n} saat"},
    "unit_day": {"en": "{n} days", "fa": "{n} روز", "zh_CN": "{n} 天", "tr": "{n} gün"},
    "unit_working_day": {"en": "{n} working days", "fa": "{n} روز کاری", "zh_CN": "{n} 个工作日",
                         "tr": "{n} iş günü"},
    # --- request page ---
    "back_to_queue": {"en": "Back to the queue", "fa": "بازگشت به صف", "zh_CN": "返回队列", "tr": "Kuyruğa dön"},
    "member_number": {"en": "Member number", "fa": "شمارهٔ عضویت", "zh_CN": "会员编号", "tr": "Üye numarası"},
    "joined_on": {"en": "Joined", "fa": "تاریخ عضویت", "zh_CN": "入会日期", "tr": "Katılım tarihi"},
    "valid_until": {"en": "Valid until", "fa": "اعتبار تا", "zh_CN": "有效期至", "tr": "Geçerlilik sonu"},
    "no_expiry": {"en": "does not expire", "fa": "بدون انقضا", "zh_CN": "长期有效", "tr": "süresiz"},
    "member_active": {"en": "active member", "fa": "عضو فعال", "zh_CN": "有效会员", "tr": "etkin üye"},
    "member_withdrawn": {"en": "withdrawn", "fa": "انصراف داده", "zh_CN": "已退出", "tr": "ayrıldı"},
    "member_branches": {"en": "Enrolled at", "fa": "عضو در نمایندگی", "zh_CN": "入会经销店", "tr": "Kayıtlı bayi"},
    "standing": {"en": "Standing", "fa": "امتیاز و سطح", "zh_CN": "积分与等级", "tr": "Puan ve seviye"},
    "standing_capture_branch": {"en": "At capture, as the branch saw it", "fa": "هنگام ثبت، به گزارش نمایندگی",
                                "zh_CN": "登记时（经销店所见）", "tr": "Kayıtta, bayinin gördüğü"},
    "standing_capture_hq": {"en": "At capture, as head office counts it", "fa": "هنگام ثبت، به محاسبهٔ دفتر مرکزی",
                            "zh_CN": "登记时（总部核算）", "tr": "Kayıtta, genel merkezin hesabı"},
    "standing_now": {"en": "Now, as head office counts it", "fa": "اکنون، به محاسبهٔ دفتر مرکزی",
                     "zh_CN": "当前（总部核算）", "tr": "Şimdi, genel merkezin hesabı"},
    "standing_differs": {
        "en": "Head office counts differently from the branch at capture: vehicles registered at other "
              "branches, or a correction received since.",
        "fa": "محاسبهٔ دفتر مرکزی با گزارش نمایندگی هنگام ثبت فرق دارد: خودروهای ثبت‌شده در نمایندگی‌های دیگر "
              "یا اصلاحی که پس از آن رسیده است.",
        "zh_CN": "总部核算与经销店登记时所见不同：可能有在其他经销店登记的车辆，或之后收到的更正。",
        "tr": "Genel merkezin hesabı bayinin kayıttaki görüşünden farklı: başka bayilerde kayıtlı araçlar "
              "ya da sonradan gelen bir düzeltme.",
    },
    "tier": {"en": "Tier", "fa": "سطح", "zh_CN": "等级", "tr": "Seviye"},
    "points": {"en": "Points", "fa": "امتیاز", "zh_CN": "积分", "tr": "Puan"},
    "points_n": {"en": "{n} points", "fa": "{n} امتیاز", "zh_CN": "{n} 分", "tr": "{n} puan"},
    "no_tier": {"en": "below the lowest tier", "fa": "کمتر از پایین‌ترین سطح", "zh_CN": "低于最低等级",
                "tr": "en düşük seviyenin altında"},
    "to_next_tier": {"en": "{n} points to {tier}", "fa": "{n} امتیاز تا {tier}", "zh_CN": "距{tier}还差 {n} 分",
                     "tr": "{tier} için {n} puan daha"},
    "breakdown": {"en": "How the points add up", "fa": "جزئیات امتیاز", "zh_CN": "积分明细", "tr": "Puan dökümü"},
    "bd_join": {"en": "Joined the club on {on}", "fa": "عضویت در باشگاه در {on}", "zh_CN": "于 {on} 加入俱乐部",
                "tr": "{on} tarihinde kulübe katıldı"},
    "bd_profile": {"en": "Profile complete", "fa": "تکمیل پرونده", "zh_CN": "资料完整", "tr": "Profil tamam"},
    "bd_car_position": {"en": "Car no. {position}, bought {on}", "fa": "خودروی شمارهٔ {position}، خرید {on}",
                        "zh_CN": "第 {position} 辆车，购于 {on}", "tr": "{position}. araç, alış {on}"},
    "bd_car": {"en": "Car bought {on}", "fa": "خودرو، خرید {on}", "zh_CN": "购于 {on} 的车",
               "tr": "Araç, alış {on}"},
    "reason_before_eligibility": {"en": "before the club's eligibility date: no points",
                                  "fa": "پیش از تاریخ شمول باشگاه: بدون امتیاز",
                                  "zh_CN": "早于俱乐部积分起始日：无积分",
                                  "tr": "kulübün başlangıç tarihinden önce: puan yok"},
    "reason_used_in_phase_1": {"en": "second-hand car: earns nothing in this phase",
                               "fa": "خودروی دست دوم: در این مرحله امتیاز ندارد",
                               "zh_CN": "二手车：本阶段不计分", "tr": "ikinci el araç: bu aşamada puan yok"},
    "reason_beyond_limit": {"en": "beyond the last car that earns points", "fa": "بیش از سقف خودروهای دارای امتیاز",
                            "zh_CN": "超出计分车辆上限", "tr": "puan kazanan son aracın ötesinde"},
    "reason_profile_incomplete": {"en": "profile not complete: no points until it is",
                                  "fa": "پرونده ناقص است: تا تکمیل، امتیاز ندارد",
                                  "zh_CN": "资料不完整：完整前无积分",
                                  "tr": "profil eksik: tamamlanana kadar puan yok"},
    "reason_after_as_of": {"en": "after this date: not counted yet", "fa": "پس از این تاریخ: هنوز شمرده نمی‌شود",
                           "zh_CN": "在此日期之后：尚未计入", "tr": "bu tarihten sonra: henüz sayılmaz"},
    "vehicle": {"en": "Vehicle", "fa": "خودرو", "zh_CN": "车辆", "tr": "Araç"},
    "plate": {"en": "Plate", "fa": "پلاک", "zh_CN": "车牌", "tr": "Plaka"},
    "vin": {"en": "VIN", "fa": "شمارهٔ شاسی", "zh_CN": "车架号", "tr": "Şasi no"},
    "model": {"en": "Model", "fa": "مدل", "zh_CN": "车型", "tr": "Model"},
    "purchased_on": {"en": "Bought on", "fa": "تاریخ خرید", "zh_CN": "购车日期", "tr": "Alış tarihi"},
    "source": {"en": "Bought", "fa": "نوع خرید", "zh_CN": "购车方式", "tr": "Alış şekli"},
    "source_direct": {"en": "from the manufacturer", "fa": "مستقیم از خودروساز", "zh_CN": "厂家直购",
                      "tr": "doğrudan üreticiden"},
    "source_used": {"en": "second-hand", "fa": "دست دوم", "zh_CN": "二手", "tr": "ikinci el"},
    "no_vehicle": {"en": "This request names no vehicle.", "fa": "این درخواست خودرویی را مشخص نکرده است.",
                   "zh_CN": "此申请未指定车辆。", "tr": "Bu talepte araç belirtilmemiş."},
    "vehicle_missing": {"en": "The branch named a vehicle head office has not received yet.",
                        "fa": "نمایندگی خودرویی را نام برده که هنوز به دفتر مرکزی نرسیده است.",
                        "zh_CN": "经销店指定的车辆总部尚未收到。",
                        "tr": "Bayinin belirttiği araç genel merkeze henüz ulaşmadı."},
    "all_vehicles": {"en": "All vehicles of the member ({n})", "fa": "همهٔ خودروهای عضو ({n})",
                     "zh_CN": "该会员的全部车辆（{n}）", "tr": "Üyenin tüm araçları ({n})"},
    "from_branch": {"en": "From the branch", "fa": "اطلاعات ثبت‌شده در نمایندگی", "zh_CN": "经销店填写的信息",
                    "tr": "Bayiden gelen bilgiler"},
    "captured_by": {"en": "Captured by", "fa": "ثبت‌کننده", "zh_CN": "登记人", "tr": "Kaydeden"},
    "received_at": {"en": "Received by head office", "fa": "دریافت در دفتر مرکزی", "zh_CN": "总部收到时间",
                    "tr": "Genel merkeze ulaştı"},
    "customer_informed": {"en": "Customer told", "fa": "اطلاع به مشتری", "zh_CN": "已告知客户",
                          "tr": "Müşteriye bildirildi"},
    "no_fields": {"en": "The branch filled in no further fields.", "fa": "نمایندگی فیلد دیگری پر نکرده است.",
                  "zh_CN": "经销店未填写其他字段。", "tr": "Bayi başka alan doldurmadı."},
    "yes": {"en": "yes", "fa": "بله", "zh_CN": "是", "tr": "evet"},
    "no": {"en": "no", "fa": "خیر", "zh_CN": "否", "tr": "hayır"},
    "history": {"en": "Earlier requests of this member", "fa": "درخواست‌های پیشین این عضو",
                "zh_CN": "该会员以往的申请", "tr": "Bu üyenin önceki talepleri"},
    "history_empty": {"en": "None.", "fa": "ندارد.", "zh_CN": "无。", "tr": "Yok."},
    "history_hidden": {"en": "{n} more at branches outside your regions.",
                       "fa": "{n} درخواست دیگر در نمایندگی‌های خارج از مناطق شما.",
                       "zh_CN": "另有 {n} 条在您负责区域以外的经销店。",
                       "tr": "Bölgeleriniz dışındaki bayilerde {n} talep daha."},
    "decided": {"en": "Decided", "fa": "زمان تصمیم", "zh_CN": "决定时间", "tr": "Karar zamanı"},
    "note": {"en": "Note", "fa": "یادداشت", "zh_CN": "备注", "tr": "Not"},
    "decision": {"en": "Decision", "fa": "تصمیم", "zh_CN": "决定", "tr": "Karar"},
    "decision_final": {"en": "{status} by {who} on {when}. This decision is final.",
                       "fa": "{status} توسط {who} در {when}. این تصمیم قطعی است.",
                       "zh_CN": "{who} 于 {when} 作出决定：{status}。此决定为最终决定。",
                       "tr": "{when} tarihinde {who} tarafından: {status}. Bu karar kesindir."},
    "need_info_asked": {"en": "More information was asked by {who} on {when}:",
                        "fa": "{who} در {when} اطلاعات بیشتری خواست:",
                        "zh_CN": "{who} 于 {when} 要求补充信息：",
                        "tr": "{when} tarihinde {who} ek bilgi istedi:"},
    "verb_approve": {"en": "Approve", "fa": "تأیید", "zh_CN": "批准", "tr": "Onayla"},
    "verb_reject": {"en": "Reject", "fa": "رد", "zh_CN": "拒绝", "tr": "Reddet"},
    "verb_need_info": {"en": "Ask the branch for more information", "fa": "درخواست اطلاعات بیشتر از نمایندگی",
                       "zh_CN": "请经销店补充信息", "tr": "Bayiden ek bilgi iste"},
    "note_for_branch": {"en": "Note for the branch (it tells the customer)",
                        "fa": "یادداشت برای نمایندگی (به مشتری اعلام می‌شود)",
                        "zh_CN": "给经销店的备注（由经销店告知客户）", "tr": "Bayi için not (müşteriye iletilir)"},
    "record_decision": {"en": "Record decision", "fa": "ثبت تصمیم", "zh_CN": "提交决定", "tr": "Kararı kaydet"},
    "decision_warning": {"en": "Approve and reject are final; the branch receives the decision at its next sync.",
                         "fa": "تأیید و رد قطعی‌اند؛ نمایندگی تصمیم را در همگام‌سازی بعدی دریافت می‌کند.",
                         "zh_CN": "批准和拒绝为最终决定；经销店将在下次同步时收到。",
                         "tr": "Onay ve ret kesindir; bayi kararı bir sonraki eşitlemede alır."},
    "decision_recorded": {"en": "Decision recorded: the branch receives it at its next sync.",
                          "fa": "تصمیم ثبت شد: نمایندگی آن را در همگام‌سازی بعدی دریافت می‌کند.",
                          "zh_CN": "决定已记录：经销店将在下次同步时收到。",
                          "tr": "Karar kaydedildi: bayi bir sonraki eşitlemede alacak."},
    "note_required": {"en": "Write a note for the branch.", "fa": "برای نمایندگی یادداشتی بنویسید.",
                      "zh_CN": "请填写给经销店的备注。", "tr": "Bayi için bir not yazın."},
    "choose_decision": {"en": "Choose approve, reject or ask for more information.",
                        "fa": "تأیید، رد یا درخواست اطلاعات بیشتر را انتخاب کنید.",
                        "zh_CN": "请选择批准、拒绝或要求补充信息。",
                        "tr": "Onay, ret veya ek bilgi isteğinden birini seçin."},
    "already_decided": {"en": "Somebody decided this request in the meantime; their decision stands.",
                        "fa": "در این فاصله کس دیگری دربارهٔ این درخواست تصمیم گرفت؛ همان تصمیم معتبر است.",
                        "zh_CN": "在此期间已有人对该申请作出决定；以其决定为准。",
                        "tr": "Bu arada başka biri bu talep hakkında karar verdi; o karar geçerlidir."},
    # --- branches ---
    "branches_title": {"en": "Branches and their credentials", "fa": "نمایندگی‌ها و کلیدهای آن‌ها",
                       "zh_CN": "经销店及其凭据", "tr": "Bayiler ve kimlik bilgileri"},
    "code": {"en": "Code", "fa": "کد", "zh_CN": "代码", "tr": "Kod"},
    "name": {"en": "Name", "fa": "نام", "zh_CN": "名称", "tr": "Ad"},
    "last_sync": {"en": "Last sync", "fa": "آخرین همگام‌سازی", "zh_CN": "最近同步", "tr": "Son eşitleme"},
    "entries_waiting": {"en": "Entries waiting", "fa": "ورودی‌های منتظر", "zh_CN": "等待中的条目",
                        "tr": "Bekleyen kayıtlar"},
    "entries_flagged": {"en": "Entries flagged", "fa": "ورودی‌های معیوب", "zh_CN": "被标记的条目",
                        "tr": "İşaretli kayıtlar"},
    "open_requests": {"en": "Open requests", "fa": "درخواست‌های باز", "zh_CN": "未决申请", "tr": "Açık talepler"},
    "last_error": {"en": "Last error", "fa": "آخرین خطا", "zh_CN": "最近错误", "tr": "Son hata"},
    "credential": {"en": "Credential", "fa": "کلید", "zh_CN": "凭据", "tr": "Kimlik bilgisi"},
    "never": {"en": "never", "fa": "هرگز", "zh_CN": "从未", "tr": "hiç"},
    "cred_active": {"en": "active, issued {when}", "fa": "فعال، صادرشده در {when}", "zh_CN": "有效，签发于 {when}",
                    "tr": "etkin, {when} tarihinde verildi"},
    "cred_revoked": {"en": "revoked {when}", "fa": "باطل‌شده در {when}", "zh_CN": "已于 {when} 吊销",
                     "tr": "{when} tarihinde iptal edildi"},
    "rotate": {"en": "Issue a new secret", "fa": "صدور کلید جدید", "zh_CN": "签发新密钥", "tr": "Yeni anahtar ver"},
    "revoke": {"en": "Revoke", "fa": "ابطال", "zh_CN": "吊销", "tr": "İptal et"},
    "i_am_sure": {"en": "I am sure", "fa": "مطمئنم", "zh_CN": "我确认", "tr": "Eminim"},
    "confirm_required": {"en": "Tick “I am sure” to confirm.", "fa": "برای تأیید، «مطمئنم» را علامت بزنید.",
                         "zh_CN": "请勾选“我确认”以确认。", "tr": "Onaylamak için “Eminim” kutusunu işaretleyin."},
    "add_branch": {"en": "Add a branch", "fa": "افزودن نمایندگی", "zh_CN": "添加经销店", "tr": "Bayi ekle"},
    "add_branch_button": {"en": "Add and issue its secret", "fa": "افزودن و صدور کلید", "zh_CN": "添加并签发密钥",
                          "tr": "Ekle ve anahtarını ver"},
    "secret_title": {"en": "The branch secret — shown only now",
                     "fa": "کلید نمایندگی — فقط همین یک بار نمایش داده می‌شود",
                     "zh_CN": "经销店密钥——仅显示这一次", "tr": "Bayi gizli anahtarı — yalnızca şimdi gösterilir"},
    "secret_help": {
        "en": "Enter it in the branch's sync settings now. Head office keeps only a hash of it: "
              "if it is lost, issue a new one.",
        "fa": "همین حالا آن را در تنظیمات همگام‌سازی نمایندگی وارد کنید. دفتر مرکزی فقط چکیدهٔ آن را نگه می‌دارد: "
              "اگر گم شد، کلید جدیدی صادر کنید.",
        "zh_CN": "请立即在经销店的同步设置中输入。总部只保存其哈希值：如遗失，请签发新密钥。",
        "tr": "Şimdi bayinin eşitleme ayarlarına girin. Genel merkez yalnızca özetini saklar: "
              "kaybolursa yenisini verin.",
    },
    "branch_added": {"en": "Branch {code} added.", "fa": "نمایندگی {code} افزوده شد.", "zh_CN": "已添加经销店 {code}。",
                     "tr": "{code} bayisi eklendi."},
    "branch_rotated": {"en": "Branch {code} has a new secret; the old one no longer works.",
                       "fa": "نمایندگی {code} کلید جدید دارد؛ کلید قبلی دیگر کار نمی‌کند.",
                       "zh_CN": "经销店 {code} 已有新密钥；旧密钥立即失效。",
                       "tr": "{code} bayisinin yeni anahtarı var; eskisi artık çalışmaz."},
    "branch_revoked": {"en": "Branch {code} revoked: head office refuses its requests from now on.",
                       "fa": "نمایندگی {code} باطل شد: دفتر مرکزی از این پس درخواست‌های آن را نمی‌پذیرد.",
                       "zh_CN": "经销店 {code} 已吊销：总部自此拒绝其请求。",
                       "tr": "{code} bayisi iptal edildi: genel merkez bundan sonra isteklerini reddeder."},
    "back_to_branches": {"en": "Back to the branches", "fa": "بازگشت به نمایندگی‌ها", "zh_CN": "返回经销店列表",
                         "tr": "Bayilere dön"},
    # --- users ---
    "users_title": {"en": "Head-office users", "fa": "کاربران دفتر مرکزی", "zh_CN": "总部用户",
                    "tr": "Genel merkez kullanıcıları"},
    "role": {"en": "Role", "fa": "نقش", "zh_CN": "角色", "tr": "Rol"},
    "last_signin": {"en": "Last sign-in", "fa": "آخرین ورود", "zh_CN": "最近登录", "tr": "Son giriş"},
    "user_active": {"en": "active", "fa": "فعال", "zh_CN": "正常", "tr": "etkin"},
    "user_disabled": {"en": "disabled", "fa": "غیرفعال", "zh_CN": "已停用", "tr": "devre dışı"},
    "user_locked": {"en": "locked until {until}", "fa": "قفل تا {until}", "zh_CN": "锁定至 {until}",
                    "tr": "{until} saatine kadar kilitli"},
    "disable": {"en": "Disable", "fa": "غیرفعال کردن", "zh_CN": "停用", "tr": "Devre dışı bırak"},
    "enable": {"en": "Enable", "fa": "فعال کردن", "zh_CN": "启用", "tr": "Etkinleştir"},
    "unlock": {"en": "Unlock", "fa": "بازکردن قفل", "zh_CN": "解锁", "tr": "Kilidi aç"},
    "add_user": {"en": "Add a user", "fa": "افزودن کاربر", "zh_CN": "添加用户", "tr": "Kullanıcı ekle"},
    "display_name": {"en": "Full name", "fa": "نام و نام خانوادگی", "zh_CN": "姓名", "tr": "Ad soyad"},
    "regions_help": {"en": "Regions, separated by commas, as the branches list them",
                     "fa": "مناطق، جداشده با ویرگول، همان‌گونه که در فهرست نمایندگی‌ها آمده",
                     "zh_CN": "区域，以逗号分隔，与经销店列表一致",
                     "tr": "Bölgeler, virgülle ayrılmış, bayi listesindeki gibi"},
    "password_repeat": {"en": "Repeat the password", "fa": "تکرار گذرواژه", "zh_CN": "再次输入密码",
                        "tr": "Parolayı tekrarlayın"},
    "passwords_differ": {"en": "The two passwords differ.", "fa": "دو گذرواژه یکسان نیستند.",
                         "zh_CN": "两次输入的密码不一致。", "tr": "İki parola aynı değil."},
    "user_added": {"en": "User {username} added.", "fa": "کاربر {username} افزوده شد.",
                   "zh_CN": "已添加用户 {username}。",
                   "tr": "{username} kullanıcısı eklendi."},
    "user_changed": {"en": "User {username} updated.", "fa": "کاربر {username} به‌روز شد.",
                     "zh_CN": "已更新用户 {username}。", "tr": "{username} kullanıcısı güncellendi."},
    "set_password": {"en": "Set a new password", "fa": "تعیین گذرواژهٔ جدید", "zh_CN": "设置新密码",
                     "tr": "Yeni parola belirle"},
    "password_changed": {"en": "Password of {username} changed; their open sessions were ended.",
                         "fa": "گذرواژهٔ {username} تغییر کرد؛ نشست‌های باز او بسته شد.",
                         "zh_CN": "{username} 的密码已更改；其已打开的会话均已结束。",
                         "tr": "{username} parolası değişti; açık oturumları kapatıldı."},
    "self_disable": {"en": "You cannot disable your own account.", "fa": "نمی‌توانید حساب خودتان را غیرفعال کنید.",
                     "zh_CN": "不能停用自己的账户。", "tr": "Kendi hesabınızı devre dışı bırakamazsınız."},
    # --- club profile ---
    "profile_title": {"en": "Club profile", "fa": "پروفایل باشگاه", "zh_CN": "俱乐部规则", "tr": "Kulüp profili"},
    "profile_in_force": {"en": "In force: {code} version {version}", "fa": "در حال اجرا: {code} نسخهٔ {version}",
                         "zh_CN": "现行：{code} 第 {version} 版", "tr": "Yürürlükte: {code} sürüm {version}"},
    "profile_shipped": {"en": "the default shipped with the app; nothing published yet",
                        "fa": "پیش‌فرض همراه برنامه؛ هنوز چیزی منتشر نشده",
                        "zh_CN": "应用自带的默认规则；尚未发布任何版本",
                        "tr": "uygulamayla gelen varsayılan; henüz yayımlanan yok"},
    "versions": {"en": "Published versions", "fa": "نسخه‌های منتشرشده", "zh_CN": "已发布版本",
                 "tr": "Yayımlanan sürümler"},
    "version": {"en": "Version", "fa": "نسخه", "zh_CN": "版本", "tr": "Sürüm"},
    "published_at": {"en": "Published", "fa": "تاریخ انتشار", "zh_CN": "发布时间", "tr": "Yayım zamanı"},
    "published_by": {"en": "By", "fa": "منتشرکننده", "zh_CN": "发布人", "tr": "Yayımlayan"},
    "publish_new": {"en": "Publish a new version", "fa": "انتشار نسخهٔ جدید", "zh_CN": "发布新版本",
                    "tr": "Yeni sürüm yayımla"},
    "publish_help": {"en": "Upload the profile TOML: you see what changes before anything is published.",
                     "fa": "فایل TOML پروفایل را بارگذاری کنید: پیش از انتشار، تغییرات را می‌بینید.",
                     "zh_CN": "上传规则 TOML 文件：发布前会先显示变更内容。",
                     "tr": "Profil TOML dosyasını yükleyin: yayımlamadan önce neyin değiştiğini görürsünüz."},
    "profile_file": {"en": "Profile file (TOML)", "fa": "فایل پروفایل (TOML)", "zh_CN": "规则文件（TOML）",
                     "tr": "Profil dosyası (TOML)"},
    "check_changes": {"en": "Check and show the changes", "fa": "بررسی و نمایش تغییرات", "zh_CN": "检查并显示变更",
                      "tr": "Denetle ve değişiklikleri göster"},
    "preview_title": {"en": "Check the changes before publishing", "fa": "پیش از انتشار، تغییرات را بررسی کنید",
                      "zh_CN": "发布前请核对变更", "tr": "Yayımlamadan önce değişiklikleri denetleyin"},
    "profile_valid": {"en": "{code} version {version} is valid.", "fa": "{code} نسخهٔ {version} معتبر است.",
                      "zh_CN": "{code} 第 {version} 版有效。", "tr": "{code} sürüm {version} geçerli."},
    "diff_against_version": {"en": "Changes from {code} version {version}:",
                             "fa": "تغییرات نسبت به {code} نسخهٔ {version}:",
                             "zh_CN": "相对于 {code} 第 {version} 版的变更：",
                             "tr": "{code} sürüm {version} ile farklar:"},
    "diff_against_shipped": {"en": "Changes from the default of {code} shipped with the app:",
                             "fa": "تغییرات نسبت به پیش‌فرض {code} همراه برنامه:",
                             "zh_CN": "相对于应用自带的 {code} 默认规则的变更：",
                             "tr": "Uygulamayla gelen {code} varsayılanı ile farklar:"},
    "diff_new_club": {"en": "No earlier version of {code}: the whole file is new.",
                      "fa": "نسخهٔ پیشینی از {code} نیست: کل فایل تازه است.",
                      "zh_CN": "{code} 没有更早的版本：整个文件都是新的。",
                      "tr": "{code} için önceki sürüm yok: dosyanın tamamı yeni."},
    "no_changes": {"en": "No differences.", "fa": "تفاوتی نیست.", "zh_CN": "没有差异。", "tr": "Fark yok."},
    "publish_button": {"en": "Publish to every branch", "fa": "انتشار برای همهٔ نمایندگی‌ها", "zh_CN": "发布到所有经销店",
                       "tr": "Tüm bayilere yayımla"},
    "cancel": {"en": "Cancel", "fa": "انصراف", "zh_CN": "取消", "tr": "Vazgeç"},
    "profile_published": {"en": "Published {code} version {version}; branches get it at their next sync.",
                          "fa": "{code} نسخهٔ {version} منتشر شد؛ نمایندگی‌ها در همگام‌سازی بعدی آن را دریافت می‌کنند.",
                          "zh_CN": "已发布 {code} 第 {version} 版；经销店将在下次同步时获取。",
                          "tr": "{code} sürüm {version} yayımlandı; bayiler bir sonraki eşitlemede alacak."},
    "profile_already": {"en": "{code} version {version} was already published with this content.",
                        "fa": "{code} نسخهٔ {version} با همین محتوا پیش‌تر منتشر شده بود.",
                        "zh_CN": "{code} 第 {version} 版已以相同内容发布过。",
                        "tr": "{code} sürüm {version} bu içerikle zaten yayımlanmıştı."},
    "profile_invalid": {"en": "The profile cannot be used:", "fa": "این پروفایل قابل استفاده نیست:",
                        "zh_CN": "该规则文件无法使用：", "tr": "Bu profil kullanılamaz:"},
    "upload_empty": {"en": "Choose a TOML file to upload.", "fa": "یک فایل TOML برای بارگذاری انتخاب کنید.",
                     "zh_CN": "请选择要上传的 TOML 文件。", "tr": "Yüklemek için bir TOML dosyası seçin."},
    "upload_not_text": {"en": "The file is not UTF-8 text.", "fa": "فایل متن UTF-8 نیست.",
                        "zh_CN": "该文件不是 UTF-8 文本。", "tr": "Dosya UTF-8 metni değil."},
    "upload_too_big": {"en": "The file is larger than {kb} KB.", "fa": "حجم فایل بیش از {kb} کیلوبایت است.",
                       "zh_CN": "文件大于 {kb} KB。", "tr": "Dosya {kb} KB'tan büyük."},
    "preview_stale": {"en": "The profile in force changed while you were checking; check the file again.",
                      "fa": "در حین بررسی شما، پروفایل در حال اجرا تغییر کرد؛ فایل را دوباره بررسی کنید.",
                      "zh_CN": "核对期间现行规则已变更；请重新检查文件。",
                      "tr": "Siz denetlerken yürürlükteki profil değişti; dosyayı yeniden denetleyin."},
    # --- errors ---
    "error_title": {"en": "This cannot be shown", "fa": "این صفحه قابل نمایش نیست", "zh_CN": "无法显示",
                    "tr": "Bu gösterilemiyor"},
    "err_not_found": {"en": "There is no such page, or it concerns a branch outside your regions.",
                      "fa": "چنین صفحه‌ای نیست، یا به نمایندگی‌ای خارج از مناطق شما مربوط است.",
                      "zh_CN": "没有该页面，或其涉及您负责区域以外的经销店。",
                      "tr": "Böyle bir sayfa yok ya da bölgeleriniz dışındaki bir bayiye ait."},
    "err_admin_only": {"en": "Only a head-office administrator may open this page.",
                       "fa": "فقط مدیر سامانهٔ دفتر مرکزی می‌تواند این صفحه را باز کند.",
                       "zh_CN": "只有总部管理员可以打开此页面。",
                       "tr": "Bu sayfayı yalnızca genel merkez yöneticisi açabilir."},
    "err_csrf": {"en": "This form has expired or did not come from this console. Reload the page and try again.",
                 "fa": "این فرم منقضی شده یا از این سامانه نیامده است. صفحه را دوباره بارگذاری و دوباره تلاش کنید.",
                 "zh_CN": "该表单已过期或并非来自本控制台。请刷新页面后重试。",
                 "tr": "Bu formun süresi dolmuş ya da bu konsoldan gelmemiş. Sayfayı yenileyip yeniden deneyin."},
    "go_home": {"en": "Go to the queue", "fa": "رفتن به صف درخواست‌ها", "zh_CN": "前往待办队列", "tr": "Kuyruğa git"},
}

_DUE_RE = re.compile(r"^(due in|overdue by) (\d+) (minute|hour|working day|day)s?$")
_UNIT_KEYS = {"minute": "unit_minute", "hour": "unit_hour", "day": "unit_day", "working day": "unit_working_day"}


def negotiate(requested: str | None, default: str) -> str:
    if requested in LANGUAGES:
        return requested
    return default if default in LANGUAGES else "en"


class Ui:
    """Everything a template needs to speak one language in one club's calendar and zone."""

    def __init__(self, lang: str, profile: ClubProfile) -> None:
        self.lang = lang if lang in LANGUAGES else "en"
        self.profile = profile
        self.zone_name = COUNTRY_ZONES.get(profile.country, "UTC")
        self.zone = ZoneInfo(self.zone_name)

    # -- frame --
    @property
    def dir(self) -> str:
        return "rtl" if self.lang in RTL_LANGUAGES else "ltr"

    @property
    def html_lang(self) -> str:
        return HTML_LANG[self.lang]

    @property
    def languages(self) -> list[tuple[str, str, str]]:
        """(code, own name, BCP 47 tag) of every console language, for the language switcher."""
        return [(code, LANGUAGE_NAMES[code], HTML_LANG[code]) for code in LANGUAGES]

    @property
    def club_name(self) -> str:
        return self.profile.text("club_name", self.lang)

    def t(self, key: str, **values: Any) -> str:
        text = MESSAGES[key].get(self.lang) or MESSAGES[key]["en"]
        return text.format(**{k: self._value(v) for k, v in values.items()}) if values else text

    def _value(self, value: Any) -> str:
        if isinstance(value, int) and not isinstance(value, bool):
            return self.num(value)
        return str(value)

    def num(self, n: int) -> str:
        return to_persian_digits(str(n)) if self.lang == "fa" else str(n)

    # -- time --
    def local(self, utc_naive: datetime) -> datetime:
        """Stored timestamps are naive UTC; people read them in the club's zone."""
        return utc_naive.replace(tzinfo=ZoneInfo("UTC")).astimezone(self.zone).replace(tzinfo=None)

    def dt(self, utc_naive: datetime | None) -> str:
        if utc_naive is None:
            return "—"
        return format_datetime(self.local(utc_naive), self.profile.calendar, self.lang)

    def date(self, d: date | None) -> str:
        if d is None:
            return "—"
        return format_date(d, self.profile.calendar, self.lang)

    def due(self, due_at: datetime | None, now: datetime) -> str:
        """Time left, by `deadlines.describe_due` (its arithmetic), said in this language."""
        if due_at is None:
            return self.t("no_deadline")
        english = describe_due(self.local(due_at), self.local(now), self.profile)
        if self.lang == "en":
            return english
        if english == "due now":
            return self.t("due_now")
        match = _DUE_RE.match(english)
        if match is None:
            return english
        span = self.t(_UNIT_KEYS[match.group(3)], n=int(match.group(2)))
        return self.t("due_in" if match.group(1) == "due in" else "overdue_by", span=span)

    # -- club vocabulary --
    def status(self, status: str) -> str:
        key = f"status_{status}"
        return self.t(key) if key in MESSAGES else status

    def role(self, role: str) -> str:
        key = f"role_{role}"
        return self.t(key) if key in MESSAGES else role

    def tier(self, code: str | None) -> str:
        if code is None:
            return self.t("no_tier")
        try:
            return self.profile.tier_name(code, self.lang)
        except KeyError:
            return code  # a tier of an older profile version: the code is all we have

    def tier_colour(self, code: str | None) -> str:
        try:
            return self.profile.tier(code).colour if code else "#999999"
        except KeyError:
            return "#999999"

    def pick(self, texts: Mapping[str, str]) -> str:
        """A profile text in the page's language, else English, else the club's own language.

        English comes before the club's language here (unlike the desktop app): a manager who
        chose Chinese or Turkish pages reads English far more likely than Persian.
        """
        for candidate in (self.lang, FALLBACK_LANGUAGE, self.profile.default_language):
            if texts.get(candidate):
                return texts[candidate]
        return next(iter(texts.values()), "")

    def _request_type(self, code: str) -> RequestType | None:
        try:
            return self.profile.request_type(code)
        except KeyError:
            return None

    def request_type(self, code: str) -> str:
        rt = self._request_type(code)
        return self.pick(rt.names) if rt else code

    def fields(self, type_code: str, values: dict[str, Any]) -> list[tuple[str, str]]:
        """(label, value) of a request's fields in the profile's order, unknown ones last."""
        rt = self._request_type(type_code)
        shown: list[tuple[str, str]] = []
        done: set[str] = set()
        for f in rt.fields if rt else ():
            if f.name not in values:
                continue
            done.add(f.name)
            raw = values[f.name]
            label = self.pick(f.labels)
            if f.kind == "choice":
                choice = next((c for c in f.choices if c.code == raw), None)
                text = self.pick(choice.names) if choice else str(raw)
            elif f.kind == "date" and isinstance(raw, str):
                try:
                    text = self.date(date.fromisoformat(raw))
                except ValueError:
                    text = raw
            else:
                text = self._plain(raw)
            shown.append((label, text))
        shown.extend((name, self._plain(values[name])) for name in sorted(values) if name not in done)
        return shown

    def _plain(self, raw: Any) -> str:
        if isinstance(raw, bool):
            return self.t("yes" if raw else "no")
        if raw is None:
            return "—"
        return str(raw)

    def plate(self, key: str) -> str:
        try:
            return format_plate(key)
        except (ValueError, KeyError):
            return key

    def source(self, source: str) -> str:
        key = f"source_{source}"
        return self.t(key) if key in MESSAGES else source

    def breakdown(self, line: rules.BreakdownLine) -> str:
        on = self.date(line.on) if line.on else ""
        if line.event == "join":
            what = self.t("bd_join", on=on)
        elif line.event == "profile":
            what = self.t("bd_profile")
        elif line.position is not None:
            what = self.t("bd_car_position", position=line.position, on=on)
        else:
            what = self.t("bd_car", on=on)
        if line.reason is not None:
            key = f"reason_{line.reason}"
            return f"{what}: {self.t(key) if key in MESSAGES else line.text}"
        return f"{what}: {self.t('points_n', n=line.points)}"
