package com.quotedesk.extraction;

import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * One general rule of news writing per row, on small sentences written for the test (never taken
 * from the corpus), in Arabic and English. Each article gets a title line first, as real ones do,
 * unless the row gives the whole text ({@link Row#whole}). A row names the claim it looks at (kind and
 * exact quotation) and what must hold for it; rows that look at two claims of one text are two rows.
 */
class ExtractorRulesTest {

    private static final Extractor EXTRACTOR = new Extractor(Lexicon.seed());

    @ParameterizedTest(name = "{0}")
    @MethodSource("rules")
    void rule(Row row) {
        row.check();
    }

    static Stream<Arguments> rules() {
        List<Row> rows = new ArrayList<>();

        // ---- Arabic: cues, speakers, channels ------------------------------------------------------
        rows.add(ar("Arabic say-cue with a named speaker gives the quotation and the speaker",
                "وقال بوتين في مؤتمر صحفي: “سنواصل العمل مع شركائنا”.")
                .direct("سنواصل العمل مع شركائنا").speaker("Vladimir Putin").noSource());
        rows.add(ar("unknown Arabic name loses its title and apposition commas",
                "وقال وزير المالية المصري، محمد سليمان، إن “الاقتصاد يتعافى بسرعة كبيرة”.")
                .direct("الاقتصاد يتعافى بسرعة كبيرة").speaker("محمد سليمان").known(false));
        rows.add(ar("bare wa-qala continues the last speaker and is flagged inferred",
                "وقال كيم إن “التعاون سيستمر طويلا”.\n\nوأضاف أن “الطرفين متفقان على كل شيء”.")
                .direct("الطرفين متفقان على كل شيء").speaker("Kim Jong Un").flag(ClaimFlag.INFERRED_SPEAKER));
        rows.add(ar("a caption between paragraphs does not break the chain of speakers",
                "وقال أوشاكوف إن “المحادثات كانت مثمرة جدا”.\n\nفلان الفلاني / رويترز\n\n"
                        + "الرئيس الروسي يصافح ضيفه في موسكو.\n\nوقال إن “الجانبين سيلتقيان مجددا”.")
                .direct("الجانبين سيلتقيان مجددا").speaker("Yuri Ushakov"));
        rows.add(ar("relay naqalat X an Y gives speaker Y and source X",
                "ونقلت وكالة رويترز عن مسؤول أمريكي قوله إن “الصواريخ وصلت الأسبوع الماضي”.")
                .direct("الصواريخ وصلت الأسبوع الماضي").speaker("unnamed US official").source("Reuters")
                .flag(ClaimFlag.ANONYMOUS_SPEAKER));
        rows.add(ar("later 'the agency' resolves to the agency named before",
                "نقلت وكالة تاس عن بيسكوف قوله إن “الاجتماع سيعقد قريبا جدا”.\n\n"
                        + "ونقلت الوكالة عن لافروف قوله إن “الموعد لم يتحدد بعد”.")
                .direct("الموعد لم يتحدد بعد").speaker("Sergei Lavrov").source("TASS")
                .flag(ClaimFlag.STATE_MEDIA_SOURCE));
        rows.add(ar("trailing wifqan li gives the channel of the sentence",
                "وقال بوتين إن “الزيارة تاريخية بكل المقاييس”، وفقا لوكالة سبوتنيك.")
                .direct("الزيارة تاريخية بكل المقاييس").speaker("Vladimir Putin").source("Sputnik"));
        rows.add(ar("wifqan li alone makes a reported claim of its sentence",
                "وصلت شحنة جديدة من الأسلحة إلى الميناء يوم الاثنين، وفقا لوكالة رويترز.")
                .reported("وصلت شحنة جديدة من الأسلحة إلى الميناء يوم الاثنين").speaker("Reuters").source("Reuters"));
        rows.add(ar("Arabic reported speech with anna is a reported claim",
                "وأكدت مصادر مطلعة أن المفاوضات ستستأنف الأسبوع المقبل في الدوحة.")
                .reported("المفاوضات ستستأنف الأسبوع المقبل في الدوحة").speaker("unnamed sources")
                .flag(ClaimFlag.ANONYMOUS_SPEAKER));
        rows.add(ar("a chant is attributed to the crowd",
                "وردد المتظاهرون هتافات “الشعب يريد التغيير” في الساحة.")
                .direct("الشعب يريد التغيير").speaker("crowd"));
        rows.add(ar("a title alias resolves inside an article that names the party",
                "وصل فلاديمير بوتين إلى بكين.\n\nوقال الرئيس الروسي إن “العلاقات ممتازة جدا”.")
                .direct("العلاقات ممتازة جدا").speaker("Vladimir Putin"));
        rows.add(ar("a title alias does not resolve in an article that does not name the party",
                "وقال الرئيس الروسي إن “العلاقات ممتازة جدا”.")
                .direct("العلاقات ممتازة جدا").speakerNot("Vladimir Putin"));
        rows.add(ar("a name in quotation marks after 'agency' is not a claim",
                "وقال بوتين، في مقابلة مع وكالة \"نوفوستي\"، إن \"العلاقات جيدة مع الجميع\".")
                .direct("العلاقات جيدة مع الجميع").speaker("Vladimir Putin").noClaimQuoting("نوفوستي"));
        rows.add(ar("reversed curly marks still pair",
                "وقال ماكرون: ”لن نتراجع عن قرارنا أبدا“. وأضاف: \"سنرد بالمثل على كل خطوة“.")
                .direct("لن نتراجع عن قرارنا أبدا").speaker("Emmanuel Macron"));
        rows.add(ar("mixed straight and curly marks still pair",
                "وقال ماكرون: ”لن نتراجع عن قرارنا أبدا“. وأضاف: \"سنرد بالمثل على كل خطوة“.")
                .direct("سنرد بالمثل على كل خطوة").speaker("Emmanuel Macron"));
        rows.add(ar("guillemets with inner spaces are trimmed",
                "وقال أردوغان إن « تركيا لن تقبل بهذا الوضع » أبدا.")
                .direct("تركيا لن تقبل بهذا الوضع").speaker("Recep Tayyip Erdogan"));
        rows.add(ar("a stray closing mark is flagged, not paired",
                "وقال كيم إن “السلام ممكن في المنطقة”. ”")
                .direct("السلام ممكن في المنطقة").flag(ClaimFlag.UNBALANCED_QUOTES).count(ClaimKind.DIRECT, 1));
        rows.add(ar("a speaker telling an agency makes the agency the channel",
                "وقال مصدر أمني لوكالة فرانس برس إن الهجوم وقع فجر اليوم قرب الحدود.")
                .reported("الهجوم وقع فجر اليوم قرب الحدود").speaker("unnamed sources").source("AFP"));
        rows.add(ar("an Arabic family name with the article stays in the name",
                "قال رئيس الوزراء العراقي محمد شياع السوداني إن “الحكومة لن تسمح بأي اعتداء”.\n\n"
                        + "“لن نتراجع عن هذا القرار”، قال السوداني في كلمة متلفزة.")
                .direct("الحكومة لن تسمح بأي اعتداء").speaker("محمد شياع السوداني"));
        rows.add(ar("an Arabic family name alone later resolves to the full name",
                "قال رئيس الوزراء العراقي محمد شياع السوداني إن “الحكومة لن تسمح بأي اعتداء”.\n\n"
                        + "“لن نتراجع عن هذا القرار”، قال السوداني في كلمة متلفزة.")
                .direct("لن نتراجع عن هذا القرار").speaker("محمد شياع السوداني"));
        rows.add(ar("the Arabic subject before the cue is the speaker",
                "صحيفة الأفق اليومية قالت إن الانتخابات ستؤجل إلى الربيع المقبل.")
                .reported("الانتخابات ستؤجل إلى الربيع المقبل").speaker("صحيفة الأفق اليومية"));
        rows.add(ar("a sentence ending with kama a'lana is a reported claim of that party",
                "يبدأ وفدا البلدين محادثات جديدة في جنيف الأسبوع المقبل، كما أعلن المنظمون.")
                .reported("يبدأ وفدا البلدين محادثات جديدة في جنيف الأسبوع المقبل").speaker("المنظمون"));
        rows.add(ar("a name set off by commas after an unknown title phrase is the speaker",
                "وقال مساعد النرويج في المنظمة، ينس هولم، إن “الحوار هو الطريق الوحيد”.")
                .direct("الحوار هو الطريق الوحيد").speaker("ينس هولم"));
        rows.add(ar("a cue word after 'adam is a verbal noun, not a second speaker",
                "وقال دبلوماسي غربي، طالبا عدم كشف هويته، إن المفاوضات وصلت إلى طريق مسدود.")
                .reported("المفاوضات وصلت إلى طريق مسدود").speakerHas("دبلوماسي").total(1));
        rows.add(ar("a spokesperson for an organisation speaks, not the country inside the name",
                "وقال المتحدث باسم وزارة الصحة السعودية إن “الوضع تحت السيطرة”.")
                .direct("الوضع تحت السيطرة").speaker("المتحدث باسم وزارة الصحة السعودية"));
        rows.add(ar("a contrastive connective starts a second attribution",
                "وقال الدفاع المدني إن “النيران امتدت إلى الغابة”، بينما أوضح مسؤول محلي أن"
                        + " عدد المصابين ارتفع إلى عشرة.")
                .reported("عدد المصابين ارتفع إلى عشرة").speaker("unnamed official").total(2));
        rows.add(ar("a dotted abbreviation does not end the sentence",
                "ونقلت شبكة \"سي.إن.إن\" عن المزارع قوله إن المحصول تضرر بشدة هذا العام.")
                .reported("المحصول تضرر بشدة هذا العام").source("CNN"));
        rows.add(ar("an outlet after the cue with lam is the addressee, not the speaker",
                "مسؤول آخر في الوزارة قال لـCNN إن “المفاوضات لم تنته بعد”.")
                .direct("المفاوضات لم تنته بعد").source("CNN").speaker("unnamed official"));
        rows.add(ar("narration after a colon quotation is not a reported clause",
                "وتابع الوزير: “سنفتح المعبر غدا”، في إشارة إلى الاتفاق الذي وقع الأسبوع الماضي مع الجيران.")
                .direct("سنفتح المعبر غدا").count(ClaimKind.REPORTED, 0));
        rows.add(ar("yudhkaru anna is the writer's background, not a claim",
                "ويذكر أن الجسر افتتح عام 1990 بعد أعوام من العمل.").total(0));
        rows.add(ar("a poll that showed is a reported claim of the poll",
                "وأظهر استطلاع للرأي أن غالبية السكان تؤيد المشروع الجديد.")
                .reported("غالبية السكان تؤيد المشروع الجديد").speakerHas("استطلاع"));
        rows.add(ar("'ali as a first name is not the preposition",
                "وتحدث الوفد مع المسؤولين. علي حسني اتهم الحكومة بالسعي إلى رفع الضرائب على الفقراء.")
                .expect("one claim, by علي حسني", cs -> cs.size() == 1 && "علي حسني".equals(speakerOf(cs.get(0)))));
        rows.add(ar("'ali spelled with ya stays a preposition after kana",
                "وقال المدير إن كان علي اتخاذ قرار سريع بشأن المصنع الجديد.")
                .reported("كان علي اتخاذ قرار سريع بشأن المصنع الجديد"));
        rows.add(ar("'the newspaper' means the one named last, even without a cue",
                "ونشرت صحيفة النهار اللبنانية تقريرا عن الانتخابات. "
                        + "صحيفة الفجر المحلية عنونت الأزمة الكبرى، وقالت الصحيفة إن الحكومة ستستقيل قريبا.")
                .reported("الحكومة ستستقيل قريبا").speakerHas("الفجر"));

        // ---- Arabic: fourth round (headlines, nominal cues, unregistered speakers, channels) ----------
        rows.add(ar("a dotted outlet name in quotation marks after bi-hasab stays whole",
                "وبحسب \"سي.إن.إن\"، تراجعت أسعار القمح في الأسواق المحلية.")
                .reported("تراجعت أسعار القمح في الأسواق المحلية").speaker("CNN"));
        rows.add(ar("'بحسب X فإن …': the party ends at فإن and the clause after it is the party's",
                "وبحسب الدفاع المدني فإن فرق الإنقاذ انتشلت عشرة ناجين من تحت الأنقاض.")
                .reported("فرق الإنقاذ انتشلت عشرة ناجين من تحت الأنقاض").speakerHas("الدفاع المدني")
                .speakerNotHas("فرق"));
        rows.add(ar("'قضت X بعدم …، معتبرة أن …': the party ends before the ruling's object",
                "وقضت المحكمة الإدارية العليا بعدم قبول الطعن معتبرة أن الموعد القانوني للطعن قد فات.")
                .reported("الموعد القانوني للطعن قد فات").speakerHas("المحكمة الإدارية العليا")
                .speakerNotHas("بعدم"));
        rows.add(ar("'X هي الأخرى …': a pronoun after a name is not part of it",
                "وأعلنت وزارة الصحة هي الأخرى أن المستشفيات استقبلت أربعين مصابا.")
                .reported("المستشفيات استقبلت أربعين مصابا").speakerHas("وزارة الصحة").speakerNotHas("هي"));
        rows.add(ar("a registered outlet word ending a longer newspaper name is not that outlet",
                "وقالت صحيفة كابول تايمز إن الطرق الجبلية أغلقت بسبب الثلوج.")
                .reported("الطرق الجبلية أغلقت بسبب الثلوج").speakerHas("كابول"));
        rows.add(ar("a spokesperson followed by a place, a rank and a name: the name speaks",
                "وأعلن المتحدث باسم قوات التحالف في المنطقة العقيد سامي الراشد أن الدوريات ستستمر ليلا.")
                .reported("الدوريات ستستمر ليلا").speaker("سامي الراشد"));
        rows.add(whole("an Arabic headline 'party told outlet: claim' takes the outlet as the channel", null,
                "مسؤول في الوزارة لـCNN: الاتفاق سيوقع الأسبوع المقبل\n\nوصل الوفد إلى العاصمة أمس.")
                .reported("الاتفاق سيوقع الأسبوع المقبل").speaker("unnamed official").source("CNN"));
        rows.add(whole("an Arabic headline 'unregistered organisation: claim' is a reported claim of it", null,
                "وزارة الزراعة الأردنية: موسم القمح هذا العام هو الأفضل\n\nبدأ الحصاد في الشمال.")
                .reported("موسم القمح هذا العام هو الأفضل").speaker("وزارة الزراعة الأردنية"));
        rows.add(whole("an Arabic headline with a one-word label before the colon is no claim", null,
                "عاجل: انقطاع الكهرباء عن العاصمة\n\nعادت الكهرباء بعد ساعة.").total(0));
        rows.add(ar("an outlet after lam and a mark opened before its name is the channel",
                "وقالت لـ\"سي.ان.ان: \"لن أعود إلى تلك المدينة مرة أخرى.\"")
                .direct("لن أعود إلى تلك المدينة مرة أخرى.").source("CNN"));
        rows.add(ar("a poll conducted by an institute speaks for the institute",
                "وتراجعت شعبية الحكومة، بحسب ما أظهر استطلاع للرأي أجراه معهد الرصد الوطني.")
                .reported("وتراجعت شعبية الحكومة").speakerHas("معهد الرصد"));
        rows.add(ar("the results of a survey speak for the survey",
                "وأظهرت نتائج مسح الأسر السنوي أن نصف العائلات تملك سيارة.")
                .reported("نصف العائلات تملك سيارة").speakerHas("مسح").speakerNotHas("نتائج"));
        rows.add(ar("a noun of speech opening its phrase attributes like a verb (tasrihat X anna)",
                "تصريحات وزير الطاقة المغربي عمر بنعلي أن الأسعار ستنخفض قريبا جدا، وزيارته للمصفاة، أثارت جدلا.")
                .reported("الأسعار ستنخفض قريبا جدا").speaker("عمر بنعلي"));
        rows.add(ar("a noun of speech after a preposition is a circumstance, not a cue",
                "وظهر الوزير في تصريحات مسجلة أن يوم الافتتاح قريب جدا.").count(ClaimKind.REPORTED, 0));
        rows.add(ar("a possessed noun of speech before bi-anna reports the verb's subject (khatama hadithahu)",
                "وختم المصدر الأمني حديثه بأن الحدود ستبقى مغلقة طوال الشهر.")
                .reported("الحدود ستبقى مغلقة طوال الشهر").speaker("unnamed sources"));
        rows.add(ar("idafatan ila qawlihi inna reports for the sentence's speaker",
                "واتهم المصدر إيران بتهريب الأسلحة إلى المتمردين، إضافة إلى قوله إن الحدود غير آمنة.")
                .reported("الحدود غير آمنة").speaker("unnamed sources"));
        rows.add(ar("the object clause of ittahama ends before a following qawlihi inna",
                "واتهم المصدر إيران بتهريب الأسلحة إلى المتمردين، إضافة إلى قوله إن الحدود غير آمنة.")
                .expect("a reported claim opening with the accused", cs -> cs.stream().anyMatch(c ->
                        c.kind() == ClaimKind.REPORTED && c.quote().startsWith("إيران بتهريب الأسلحة")
                                && !c.quote().contains("الحدود"))));
        rows.add(ar("ma dhakarahu X bi-anna inside another clause is a nested claim of X",
                "وأكد مصدر دبلوماسي أن ما ذكره الوزير جان مارتان في مقابلة إذاعية بأن الحدود ستغلق قريبا غير دقيق.")
                .reported("الحدود ستغلق قريبا غير دقيق").speaker("جان مارتان"));
        rows.add(ar("a nested claim does not end the clause that holds it",
                "وأكد مصدر دبلوماسي أن ما ذكره الوزير جان مارتان في مقابلة إذاعية بأن الحدود ستغلق قريبا غير دقيق.")
                .reported("ما ذكره الوزير جان مارتان في مقابلة إذاعية بأن الحدود ستغلق قريبا غير دقيق")
                .speaker("unnamed sources"));
        rows.add(ar("a'lana 'an + noun: the noun phrase is the claim of the subject before the verb",
                "وكانت السلطات المحلية قد أعلنت عن إغلاق ثلاث مدارس في المدينة ونفت أن يكون القرار سياسيا.")
                .reported("إغلاق ثلاث مدارس في المدينة").speakerHas("السلطات"));
        rows.add(ar("mushiran ila + noun: what the participle points to is the claim",
                "وقال المتحدث إن الحريق بدأ ليلا، مشيرا إلى إصابة ثلاثة من عمال الإطفاء بجروح طفيفة.")
                .reported("إصابة ثلاثة من عمال الإطفاء بجروح طفيفة"));
        rows.add(ar("the verb asharat ila + noun points to a topic, not a claim",
                "وأشارت الصحيفة على صفحتها الأولى إلى زيارة الوزير للمدينة.").count(ClaimKind.REPORTED, 0));
        rows.add(ar("a registered platform after 'ala between the speaker and the complement is the channel",
                "وكتب الدفاع المدني على فيس بوك إن الطريق الساحلي مغلق حتى إشعار آخر.")
                .reported("الطريق الساحلي مغلق حتى إشعار آخر").source("Facebook"));
        rows.add(ar("a cue with no name takes a titled unregistered name earlier in the sentence",
                "وصول رئيس الوزراء الماليزي أنور إبراهيم إلى المطار، قال إنه سيبحث ملفات التجارة.")
                .reported("سيبحث ملفات التجارة").speaker("أنور إبراهيم"));
        rows.add(ar("a participle cue with no name takes the group subject after the sentence's verb",
                "وتداول ناشطون على المنصات صور الفيضان لافتين إلى أن السدود لم تصمد طويلا.")
                .reported("السدود لم تصمد طويلا").speaker("ناشطون"));

        rows.add(ar("an Arabic hashtag name reads as its words",
                "وقال رئيس الحكومة #سامي_الخطيب إن الميزانية الجديدة ستقر الشهر المقبل.")
                .reported("الميزانية الجديدة ستقر الشهر المقبل").speaker("سامي الخطيب"));
        rows.add(ar("a registry person's last name alone later names that person; hath is a cue",
                "وقال بوريس جونسون إن المفاوضات صعبة جدا.\n\n"
                        + "وحث جونسون الاتحاد الأوروبي على “إظهار قدر أكبر من المرونة في المحادثات”.")
                .direct("إظهار قدر أكبر من المرونة في المحادثات").speaker("Boris Johnson"));
        rows.add(ar("a short quotation right after a cue and before a comma is the speaker's name",
                "وقالت \"رابطة المزارعين\"، ومقرها عمان، إن الأسعار ارتفعت بشدة هذا الموسم.")
                .reported("الأسعار ارتفعت بشدة هذا الموسم").speakerHas("رابطة").count(ClaimKind.DIRECT, 0));
        rows.add(ar("hadda (urged) is a cue whose subject may stand before it",
                "وكان الوزير سامي الخطيب حضّ الشركات على “احترام حقوق العمال دون استثناء”.")
                .direct("احترام حقوق العمال دون استثناء").speaker("سامي الخطيب"));
        rows.add(ar("'، ما يعني أن' ends the reported clause: the writer's inference",
                "وقال المدير إن المصنع سيغلق أبوابه الشهر المقبل، ما يعني أن مئات العمال سيفقدون وظائفهم.")
                .reported("المصنع سيغلق أبوابه الشهر المقبل"));
        rows.add(ar("a sentence opening with wa-annahu continues the previous sentence's claim",
                "وأضاف الوزير سامي الخطيب أن الحكومة ستبني مدارس جديدة. وأنه يأمل أن تكتمل خلال عامين.")
                .reported("يأمل أن تكتمل خلال عامين").speaker("سامي الخطيب"));
        rows.add(ar("a sentence opening with kama anna continues the previous sentence's claim",
                "وأضاف الوزير سامي الخطيب أن الحكومة ستبني مدارس جديدة. كما أن المستشفيات ستحصل على تمويل إضافي.")
                .reported("المستشفيات ستحصل على تمويل إضافي").speaker("سامي الخطيب"));
        rows.add(ar("the subject after a contrastive ghayra anna is the speaker",
                "غير أن الحكومة الأردنية تقول إن الأسعار لن ترتفع هذا العام.")
                .reported("الأسعار لن ترتفع هذا العام").speakerHas("الحكومة"));
        rows.add(ar("a participle cue takes the organisation after the sentence's verb before any registry name",
                "وقضت المحكمة العليا في بريطانيا بوقف المشروع معتبرة أنه يخالف قوانين البيئة في البلاد.")
                .reported("يخالف قوانين البيئة في البلاد").speakerHas("المحكمة"));

        // ---- Arabic: quotations that are not claims --------------------------------------------------
        rows.add(ar("a short quotation after a demonstrative is a scare quote",
                "وأوضح الوزير أن هذه “الخطة” لا تشمل رفع الأسعار في الوقت الحالي.")
                .direct("الخطة").flag(ClaimFlag.SCARE_QUOTE));
        rows.add(ar("a short quotation far before the cue is a scare quote",
                "وعندما وصل إلى “السوق القديمة”، وجد صديقه هناك، وقال المزارع “كانت الأسعار مرتفعة جدا اليوم”.")
                .direct("السوق القديمة").flag(ClaimFlag.SCARE_QUOTE));
        rows.add(ar("the cue's own quotation after a far scare quote stays a claim",
                "وعندما وصل إلى “السوق القديمة”، وجد صديقه هناك، وقال المزارع “كانت الأسعار مرتفعة جدا اليوم”.")
                .direct("كانت الأسعار مرتفعة جدا اليوم").noFlag(ClaimFlag.SCARE_QUOTE));
        rows.add(ar("a quotation opening with a name and a colon before another mark is a stray mark",
                "وقالت لـ\"بي.بي.سي: \"لم يكن أمامي خيار آخر سوى الرحيل مع أطفالي.\"")
                .expect("the inner quotation is the claim, the stray one is flagged", cs ->
                        cs.stream().filter(c -> c.kind() == ClaimKind.DIRECT).anyMatch(c ->
                                !c.flags().contains(ClaimFlag.SCARE_QUOTE) && c.quote().startsWith("لم يكن"))
                                && cs.stream().filter(c -> c.kind() == ClaimKind.DIRECT && c.quote().startsWith("بي"))
                                .allMatch(c -> c.flags().contains(ClaimFlag.SCARE_QUOTE))));
        rows.add(ar("a short quotation closing an organisation name is its acronym",
                "ويذكر أن الجيش أعلن قصف مواقع تابعة لحركة التحرير الوطني “فتح” في المدينة.")
                .direct("فتح").flag(ClaimFlag.SCARE_QUOTE));
        rows.add(ar("Arabic lyrics after a singing verb are no claim",
                "ويظهر المغني في المسرح مغنيا: “نريد أن نرقص”، و“نحن نحب هذه المدينة كثيرا”.")
                .direct("نحن نحب هذه المدينة كثيرا").flag(ClaimFlag.SCARE_QUOTE));
        rows.add(ar("a quoted name after institute or radio is no claim",
                "وأظهر استطلاع أجراه معهد “إيفوب” لحساب إذاعة “فرانس إنفو” تراجع التأييد.")
                .count(ClaimKind.DIRECT, 0));
        rows.add(ar("a long title after bi-'unwan is a name",
                "وعرض المخرج فيلما قصيرا بعنوان “البحر هو البيت، البيت هو البحر” في المهرجان.")
                .count(ClaimKind.DIRECT, 0));

        // ---- English ----------------------------------------------------------------------------------
        rows.add(en("English quotation then 'said Name' takes the name after",
                "\"The talks will continue next week in Geneva\", said Reuters.")
                .direct("The talks will continue next week in Geneva").speaker("Reuters"));
        rows.add(en("English 'what they got was a letter saying, \"…\"': the party after the copula speaks",
                "Several parents said that all they received was a letter saying, \"The school will reopen in May.\"")
                .direct("The school will reopen in May.").speakerHas("letter").speakerNotHas("received"));
        rows.add(en("English 'Name said' before a clause names the speaker",
                "Environment spokesperson Jane Miller said the files were safe.\n\n"
                        + "\"We have checked every single one of them,\" Miller said.")
                .reported("the files were safe").speaker("Jane Miller"));
        rows.add(en("English quotation then 'Surname said' takes the full name seen before",
                "Environment spokesperson Jane Miller said the files were safe.\n\n"
                        + "\"We have checked every single one of them,\" Miller said.")
                .direct("We have checked every single one of them,").speaker("Jane Miller"));
        rows.add(en("an English pronoun continues the speaker and 'it added' too",
                "\"Provocation deserves a harsh answer from us all\", said KCNA. "
                        + "\"Our army is fully ready for any battle\", it added.")
                .direct("Our army is fully ready for any battle").speaker("KCNA").flag(ClaimFlag.INFERRED_SPEAKER));
        rows.add(en("an English apposition is skipped to find the name",
                "Hugh Hill, a local doctor, said the clinic would reopen on Monday.")
                .reported("the clinic would reopen on Monday").speaker("Hugh Hill"));
        rows.add(en("English 'told Outlet' makes the outlet the channel",
                "Minister Anna Berg told Reuters: \"We will not sign this agreement today.\"")
                .direct("We will not sign this agreement today.").speaker("Anna Berg").source("Reuters"));
        rows.add(en("English 'according to X, quoting Y' gives speaker Y and channel X",
                "According to Yonhap, quoting KCNA, the army was put on high alert overnight.")
                .reported("the army was put on high alert overnight").speaker("KCNA").source("Yonhap"));
        rows.add(en("a multi-paragraph quotation reopens the mark and keeps the speaker",
                "Campaigner Ruth Ames said: \"The plan is rushed and it will fail many people.\n\n"
                        + "\"Nobody should lose their home because of a form.\"")
                .direct("Nobody should lose their home because of a form.").speaker("Ruth Ames")
                .flag(ClaimFlag.CONTINUED_QUOTE));
        // ---- English: BBC-style patterns (seventh round) ------------------------------------------------
        rows.add(en("an English quotation reopened at each new sentence is one quotation up to its last mark",
                "Coach Dana Ruiz said: \"We trained hard all winter. \"The squad is fit and ready.\" "
                        + "The season starts in May. \"It will be tough,\" said Omar Lind.")
                .direct("We trained hard all winter. \"The squad is fit and ready.").speakerHas("Dana Ruiz")
                .noFlag(ClaimFlag.NESTED_QUOTE).noFlag(ClaimFlag.UNBALANCED_QUOTES));
        rows.add(en("a reopened English quotation does not swallow the next speaker's quotation",
                "Coach Dana Ruiz said: \"We trained hard all winter. \"The squad is fit and ready.\" "
                        + "The season starts in May. \"It will be tough,\" said Omar Lind.")
                .direct("It will be tough,").speaker("Omar Lind"));
        rows.add(en("a mark inside a sentence still nests a quotation within the quotation",
                "Coach Dana Ruiz said: \"The board called our plan \"reckless\" last week.\"")
                .direct("The board called our plan \"reckless\" last week.").speakerHas("Dana Ruiz"));
        rows.add(en("after a quotation, 'said Org title Name' gives the person, not the organisation",
                "\"The fee will not change this season,\" said FA chief Harold Moss.")
                .direct("The fee will not change this season,").speaker("Harold Moss"));
        rows.add(en("after a quotation, 'said lowercase-title Name' gives the person",
                "\"We will appeal the ruling,\" said captain Omar Lind.")
                .direct("We will appeal the ruling,").speaker("Omar Lind"));
        rows.add(en("a title with no name after it leaves the organisation as the speaker",
                "\"We will appeal the ruling,\" said Harbour Trust head of operations.")
                .direct("We will appeal the ruling,").speakerHas("Harbour Trust"));
        rows.add(en("a sentence-initial 'But' before the subject keeps the cue's own speaker",
                "Jo Park said the bridge plan was fine. The mayor mocked the rival plans. "
                        + "But Mr Ken Lowe said: \"None of the other towns could agree on a route.\"")
                .direct("None of the other towns could agree on a route.").speaker("Ken Lowe"));
        rows.add(en("a capitalised connective inside a name is still part of it",
                "Still Waters Trust said: \"None of the other towns could agree on a route.\"")
                .direct("None of the other towns could agree on a route.").speakerHas("Trust")
                .speakerNot("Jo Park"));
        rows.add(en("a quotation closed on a comma before new unquoted words: the trailing cue reports those words",
                "\"Access is poor,\" said Ann Roe, a planner. \"Outside the capital the choice is limited,\" "
                        + "Digital copies cost far less than film reels, said Ms Petra Holm.")
                .reported("Digital copies cost far less than film reels").speaker("Petra Holm"));
        rows.add(en("... and the quotation before those words keeps the previous voice",
                "\"Access is poor,\" said Ann Roe, a planner. \"Outside the capital the choice is limited,\" "
                        + "Digital copies cost far less than film reels, said Ms Petra Holm.")
                .direct("Outside the capital the choice is limited,").speaker("Ann Roe"));
        rows.add(en("a quotation closed on a comma before the cue keeps its cue (no words between)",
                "\"Outside the capital the choice is limited,\" said Ms Petra Holm.")
                .direct("Outside the capital the choice is limited,").speaker("Petra Holm"));
        rows.add(en("'but on Monday said' starts a second English claim (first claim)",
                "Lena Fox has said she will not raise fares this year but on Monday said new routes would open in May.")
                .reported("she will not raise fares this year").speaker("Lena Fox"));
        rows.add(en("'but on Monday said' starts a second English claim (second claim)",
                "Lena Fox has said she will not raise fares this year but on Monday said new routes would open in May.")
                .reported("new routes would open in May").speaker("Lena Fox"));
        rows.add(en("a cue inside a reported clause without a coordinator stays part of the words",
                "Lena Fox said the mayor said on Monday that fares would rise.")
                .count(ClaimKind.REPORTED, 1));
        rows.add(en("a reported English clause ends at ' - but' and the narration after it",
                "The minister denied his growth figures were too rosy - but refused to rule out higher taxes.")
                .reported("his growth figures were too rosy"));
        rows.add(en("a hyphen inside a reported clause does not end it",
                "Lena Fox said the cross-border line would reopen - after repairs - in the spring.")
                .reported("the cross-border line would reopen - after repairs - in the spring"));
        rows.add(en("English 'accused X of <gerund>' reports the accused and the charge",
                "Councillor Jo Dunn accused the board of hiding the true cost of the bridge.")
                .reported("the board of hiding the true cost of the bridge").speakerHas("Jo Dunn"));
        rows.add(en("English 'accused X of <noun>' is no reported claim",
                "Councillor Jo Dunn accused the board of fraud.")
                .count(ClaimKind.REPORTED, 0));
        rows.add(en("English 'called on X to …' reports the addressee and the call",
                "Councillor Jo Dunn called on the mayor to publish the full accounts before May.")
                .reported("the mayor to publish the full accounts before May").speakerHas("Jo Dunn"));
        rows.add(en("English 'called on Friday' is no cue",
                "Councillor Jo Dunn called on Friday and left a message for the mayor.")
                .total(0));
        rows.add(en("English plural 'argue' is a cue",
                "But opponents argue raising the fares will hurt commuters most.")
                .reported("raising the fares will hurt commuters most").speaker("opponents"));
        rows.add(en("English 'predict that' reports the clause",
                "The debate saw Mayor Jo Dunn predict that the new rules would cut traffic.")
                .reported("the new rules would cut traffic").speakerHas("Jo Dunn"));
        rows.add(en("English 'predict' without 'that' is no cue",
                "Forecasters cannot predict the weather a month ahead.")
                .total(0));
        rows.add(en("English 'told Programme Report that' makes the programme the channel",
                "The station's reporter in Lima, Ana Soto, told Evening Money Report that fuel prices would rise soon.")
                .reported("fuel prices would rise soon").speakerHas("Ana Soto").source("Evening Money Report"));
        rows.add(en("English 'told a person that' gives no channel",
                "The station's reporter in Lima, Ana Soto, told Mayor Luis Pardo that fuel prices would rise soon.")
                .reported("fuel prices would rise soon").noSource());
        rows.add(en("a quotation ending on its full stop is not attributed to a next sentence's cue with its own clause",
                "\"I am glad it is over,\" Ruth Omondi said. \"I am ready to race again.\" "
                        + "The FKA had insisted it was making an example of her.")
                .direct("I am ready to race again.").speaker("Ruth Omondi"));
        rows.add(en("a quotation ending on its full stop is still attributed by 'Name said.' after it",
                "\"I am ready to race again.\" Ruth Omondi said.")
                .direct("I am ready to race again.").speaker("Ruth Omondi"));
        rows.add(en("a quotation opening a sentence after another speaker's reported claim in the paragraph is that speaker's",
                "\"Access is poor,\" said Ann Roe, a planner. Digital copies cost far less than film reels, "
                        + "said Petra Holm. \"A copy can cost a fortune.\"")
                .direct("A copy can cost a fortune.").speaker("Petra Holm"));
        rows.add(en("a quotation opening a sentence after the same speaker's quotation keeps that voice",
                "Digital copies cost far less than film reels, said Petra Holm. \"Access is poor,\" said Ann Roe, "
                        + "a planner. \"A copy can cost a fortune.\"")
                .direct("A copy can cost a fortune.").speaker("Ann Roe"));
        rows.add(whole("an English headline 'Claim, say Subject' reports the words before the comma", Language.EN,
                "Bus fares to double, say Greens\n\nThe Greens published their figures on Monday.")
                .reported("Bus fares to double").speakerHas("Greens"));
        rows.add(whole("an English headline with a comma but no trailing cue gives no claim", Language.EN,
                "Bus fares to double, buses to go\n\nThe council published its figures on Monday.")
                .total(0));
        rows.add(en("a scare quote without attribution is flagged",
                "The papers were kept in \"secure boxes\" until the move.")
                .direct("secure boxes").flag(ClaimFlag.SCARE_QUOTE));
        rows.add(whole("a headline quotation takes the speaker of the body quotation it repeats", Language.EN,
                "Army on 'high alert' after shelling\n\nThe army is on \"high alert\", said KCNA on Friday.")
                .direct("high alert").speaker("KCNA"));
        rows.add(en("English 'said in a statement that' reports the clause after 'that'",
                "The ministry said in a statement that it had opened an investigation.")
                .reported("it had opened an investigation").speaker("ministry"));
        rows.add(en("a quotation opening the next sentence keeps the voice of the paragraph",
                "\"It is a dark day for all of us,\" Mayor Tom Reid added. \"We will rebuild.\"")
                .direct("We will rebuild.").speaker("Tom Reid").flag(ClaimFlag.INFERRED_SPEAKER));
        rows.add(en("a quotation after a naming verb is a name",
                "Writing in his column, John Smith dubbed the long dispute over the bridge:"
                        + " \"Town vs. the river, round three\".")
                .direct("Town vs. the river, round three").flag(ClaimFlag.SCARE_QUOTE));
        rows.add(en("the named speaker of a naming verb is still the voice that 'He' continues",
                "Writing in his column, John Smith dubbed the long dispute over the bridge:"
                        + " \"Town vs. the river, round three\".\n\nHe described the dispute as \"a quarrel that"
                        + " nobody in the town will win\".")
                .direct("a quarrel that nobody in the town will win").speaker("John Smith"));
        rows.add(en("a title crediting a pull quote is no claim",
                "\"The river has never been this low in my lifetime.\" Local fisherman, \"Why the river is dying\"")
                .direct("Why the river is dying").flag(ClaimFlag.SCARE_QUOTE));
        rows.add(en("English lyrics after a singing verb are no claim",
                "Later in the show the band sang \"we are going home tonight my friends\".")
                .direct("we are going home tonight my friends").flag(ClaimFlag.SCARE_QUOTE));
        rows.add(en("an English cue ending the sentence after a comma reports the words before (plural subject)",
                "Nearly a third of the city's bridges need urgent repairs, engineers say.")
                .reported("Nearly a third of the city's bridges need urgent repairs").speaker("engineers"));
        rows.add(en("an English cue ending the sentence after a comma reports the words before (said Name)",
                "The ferry service will resume next week, said Lena Holm.")
                .reported("The ferry service will resume next week").speaker("Lena Holm"));
        rows.add(en("English 'claims' is a cue as a verb",
                "Jonas Reed claims the river was poisoned by the factory.")
                .reported("the river was poisoned by the factory").speaker("Jonas Reed"));
        rows.add(en("English 'claim(s)' is no cue as a noun",
                "The asylum claim acceptance rate rose, and the claims of the farmers were heard.").total(0));
        rows.add(en("English 'found' is a cue before 'that'",
                "The survey found that most patients recovered within a week.")
                .reported("most patients recovered within a week").speakerHas("survey"));
        rows.add(en("English 'found' without 'that' is no cue",
                "Police found the car near the border in the United States on Sunday.").total(0));
        rows.add(en("English 'according to' a capitalised name without a comma",
                "According to the Northern Water Authority over 200 homes lost power.")
                .reported("over 200 homes lost power").speaker("Northern Water Authority"));
        rows.add(en("English '… that according to a memo, …' reports the words after the comma",
                "The paper has learned that according to a leaked memo, the plant will close in May.")
                .reported("the plant will close in May"));
        rows.add(en("English 'told the court that' reports the clause after the addressee",
                "Ms Vega told the court that the contract had never been signed.")
                .reported("the contract had never been signed").speakerHas("Vega"));
        rows.add(en("English 'said that, because …,' keeps the inserted phrase in the clause",
                "Sam Ortiz said that, because the road was closed, the bus could not reach the village.")
                .reported("because the road was closed, the bus could not reach the village"));
        rows.add(en("English 'explains, in some detail, that' reports the clause after 'that'",
                "The audit explains, in some detail, that the dam was never inspected.")
                .reported("the dam was never inspected"));
        rows.add(en("an English person before 'for' an affiliation speaks",
                "Maria Lund for the Harbour Trust says the pier will reopen in June.")
                .reported("the pier will reopen in June").speaker("Maria Lund"));
        rows.add(en("an English person before 'of' a newspaper speaks",
                "Peter Stone of The Globe and Mail wrote that the talks had failed.")
                .reported("the talks had failed").speaker("Peter Stone"));
        rows.add(en("an English dotted site name stays whole",
                "Other sites such as Vimeo.com have stated that they will keep the clip.")
                .reported("they will keep the clip").speakerHas("Vimeo.com"));
        rows.add(en("English title-case words in quotation marks are a name",
                "The attack came from a user labelled \"Night Owl\" on the forum \"Open Harbour\".")
                .count(ClaimKind.DIRECT, 0));
        rows.add(en("English qualified officials are that group, not anonymous",
                "On Monday, Harbour officials said the pier would stay closed.")
                .reported("the pier would stay closed").speaker("Harbour officials").noFlag(ClaimFlag.ANONYMOUS_SPEAKER));
        rows.add(en("English day words before the cue are not the speaker",
                "Posts on the forum of the Harbour Watch group from Friday theorized that the pier had been closed.")
                .reported("the pier had been closed").speakerNotHas("Friday"));
        rows.add(en("English time words before the cue are not the speaker",
                "A survey published in the Medical Review this week, revealed that most nurses work overtime.")
                .reported("most nurses work overtime").speakerNotHas("week"));
        rows.add(en("an English name before long appositions speaks",
                "Professor Ann Moss, Director of the Coastal Study, and Chair of the Harbour Council, says the water"
                        + " is safe.")
                .reported("the water is safe").speaker("Ann Moss"));
        rows.add(en("an English acronym in brackets before the cue is skipped",
                "The Central Weather Office (CWO) recommends that farmers delay planting.")
                .reported("farmers delay planting").speakerHas("Central Weather Office"));
        rows.add(en("an English quotation ending its sentence ends it",
                "Ms Dale told the court that, in her view, \"the firm knew about the leak and said nothing to anyone.\""
                        + " However, the firm kept trading for a year and paid no fine.")
                .direct("the firm knew about the leak and said nothing to anyone.").count(ClaimKind.REPORTED, 0));
        rows.add(whole("an English headline with a cue is a reported claim of its subject", Language.EN,
                "Harbour pilot claims the port ignored safety warnings\n\nMonday, May 4, 2020\n\n"
                        + "A harbour pilot has spoken to reporters about the port.")
                .reported("the port ignored safety warnings").speakerHas("pilot"));
        rows.add(whole("an English headline noun 'claims' is no claim", Language.EN,
                "Insurance claims rise after the storm\n\nMonday, May 4, 2020\n\nInsurers counted the damage.")
                .total(0));

        // ---- English: fourth round (channels, relatives, credits, subjects, spellings) ----------------
        rows.add(en("English 'told that' with nobody told is a passive, not a cue",
                "I was sent home and told that my job had been given to someone else.").total(0));
        rows.add(en("an English gerund opening the clause after a cue is not a second cue",
                "They say adding more buses to the route is the cheapest fix of all.")
                .reported("adding more buses to the route is the cheapest fix of all").count(ClaimKind.REPORTED, 1));
        rows.add(en("English ', who had told' makes the name before the relative the speaker",
                "She flew to Oslo to meet with Karl Berg, who had told reporters the deal was close.")
                .reported("the deal was close").speaker("Karl Berg"));
        rows.add(en("English 'in the words of X' makes the name among its chunks the speaker of the quotation",
                "The rooms were cold, and in the words of the chief inspector, Ann Price, \"nobody could have"
                        + " lived there for a week.\"")
                .direct("nobody could have lived there for a week.").speaker("Ann Price"));
        rows.add(en("English pronoun after a qualified group takes the qualified group",
                "On Monday, Harbour officials went to the police station where they claimed the boat was stolen.")
                .reported("the boat was stolen").speaker("Harbour officials"));
        rows.add(en("an English surname misspelt by two letters takes the full name seen before",
                "Olivia Marchetti for the Water Board says the lake is safe.\n\n"
                        + "\"We test it every single week,\" Ms Marchette said.")
                .direct("We test it every single week,").speaker("Olivia Marchetti"));
        rows.add(en("an English acronym in brackets later names the organisation",
                "The Global Forest Council (GFC) recommends that loggers replant every hectare.\n\n"
                        + "GFC say the northern forests are shrinking fast.")
                .reported("the northern forests are shrinking fast").speakerHas("Global Forest Council"));
        rows.add(en("an English outlet name ending in Weekly after 'told' is the channel",
                "Sara Quinn told Harbour Weekly in a statement that the ferry would be sold.")
                .reported("the ferry would be sold").speaker("Sara Quinn").source("Harbour Weekly"));
        rows.add(en("English 'stated to Outlet that' makes the outlet the channel",
                "Sara Quinn stated to Harbour Weekly that the ferry would be sold.")
                .reported("the ferry would be sold").source("Harbour Weekly"));
        rows.add(en("English 'said to be' is not an addressee",
                "The mayor said to be honest the budget was never balanced.")
                .expect("no claim takes a channel", cs -> cs.stream().allMatch(c -> c.source() == null)));
        rows.add(en("English 'according to X made …' cuts the party before the participle",
                "The club has learned that according to a forum posting made late on Friday, the coach will resign.")
                .reported("the coach will resign").speakerHas("posting"));
        rows.add(en("a quotation opening its paragraph credited after a dash is the credited name's",
                "\"The tide always turns in the end. Wait for it.\" - Laura Finch")
                .direct("The tide always turns in the end. Wait for it.").speaker("Laura Finch"));
        rows.add(en("a pull quote credited before the quoted title is the credited name's",
                "\"Nobody asked the village before they built the road.\" Local farmer, \"The road to nowhere\"")
                .direct("Nobody asked the village before they built the road.").speaker("Local farmer"));
        rows.add(en("the English subject is the opening noun phrase when the phrase before the cue follows a preposition",
                "A new report tracking water quality in coastal towns has revealed that half the beaches failed.")
                .reported("half the beaches failed").speakerHas("report").speakerNotHas("towns"));
        rows.add(en("a journal named as the place of publication is the channel",
                "The results of the Harbour Study published in the Coastal Medicine Journal this week, revealed that"
                        + " most divers were healthy.")
                .reported("most divers were healthy").source("Coastal Medicine Journal"));
        rows.add(en("a site named after the board posts were made on is the channel",
                "Posts on the message board for the fishing site Harbour Watch from Monday theorized that the pier"
                        + " had been closed.")
                .reported("the pier had been closed").source("Harbour Watch"));
        rows.add(en("English 'with one poster writing' makes the poster the speaker",
                "Readers were angry about the closure, with one poster writing \"Who will pay for the new pier?\"")
                .direct("Who will pay for the new pier?").speakerHas("poster"));
        rows.add(en("an English participle after a comma continues the sentence's speaker",
                "Maria Lund said the pier would close, adding that the ferry would run twice a day.")
                .reported("the ferry would run twice a day").speaker("Maria Lund"));
        rows.add(en("a person who spoke before and opens a sentence without a cue is who 'He' continues",
                "Tom Reed said the mill would close.\n\nGreta Holm said the mill was safe.\n\n"
                        + "Reed asked the council for a second survey of the building.\n\n"
                        + "He described the mill as \"a ruin that nobody wants to pay for\".")
                .direct("a ruin that nobody wants to pay for").speaker("Tom Reed"));

        rows.add(en("a cue followed by a question word reports an indirect question, not a claim",
                "The minister announces where the new hospital will be built next year.").total(0));
        rows.add(en("'Name's statement added' speaks for the statement's owner",
                "Senator Ruth Vale spoke on Monday.\n\nVale's statement added, \"The bridge must be rebuilt before"
                        + " winter.\"")
                .direct("The bridge must be rebuilt before winter.").speakerHas("Vale"));
        rows.add(en("a person who issued a statement is the voice of the quotation after it",
                "Mayor Tom Reed said the budget was tight.\n\nSenator Ruth Vale, Republican from Ohio, issued a"
                        + " statement on the closure. \"Like many in Ohio, I am angry about this decision.\"")
                .direct("Like many in Ohio, I am angry about this decision.").speaker("Ruth Vale"));


        // ---- fifth round: patterns found on a held-out set of new outlets (made-up sentences) ----------
        rows.add(ar("a movement named earlier only as an object is what a later 'the movement' means",
                "رفض الرئيس سعيد حمدي مطالب حركة الوفاق.\n\nوقال حمدي إن الحوار ما زال ممكنا.\n\n"
                        + "وقالت الحركة إن الأزمة لن تنتهي قريبا في البلاد.")
                .reported("الأزمة لن تنتهي قريبا في البلاد").speakerHas("حركة الوفاق"));
        rows.add(ar("an outlet with la right after the speaker's name and before a quotation is the channel",
                "وقال القيادي بالحزب سامي الخطيب لرويترز \"الانتخابات ستجرى في موعدها المحدد\".")
                .direct("الانتخابات ستجرى في موعدها المحدد").speakerHas("سامي الخطيب").source("Reuters"));
        rows.add(ar("the particle qad before the cue is not the speaker",
                "ووصل الوفد إلى العاصمة مساء أمس.\n\nوقد أكد القس فادي سالم أن الزيارة ستستمر ثلاثة أيام كاملة.")
                .reported("الزيارة ستستمر ثلاثة أيام كاملة").speakerHas("فادي سالم"));
        rows.add(whole("a headline quotation cut short with an ellipsis takes the speaker of the body quotation",
                Language.AR, "الحكومة \"ستواصل دعم المزارعين...\"\n\n"
                        + "وقال وزير الزراعة بشير عادل إن الحكومة \"ستواصل دعم المزارعين مهما كانت الظروف الاقتصادية\".")
                .direct("ستواصل دعم المزارعين...").speakerHas("بشير عادل"));
        rows.add(whole("a subheading quotation cut short with an ellipsis takes the speaker of the body quotation",
                Language.AR, "عنوان الخبر\n\nالحكومة \"ستواصل دعم المزارعين...\"\n\n"
                        + "وقال وزير الزراعة بشير عادل إن الحكومة \"ستواصل دعم المزارعين مهما كانت الظروف الاقتصادية\".")
                .direct("ستواصل دعم المزارعين...").speakerHas("بشير عادل"));
        rows.add(ar("a subheading 'Party: \"quotation\"' gives the quotation to the party",
                "وقال وزير المالية سامر خليل إن \"الرسوم ستبقى كما هي حتى إشعار آخر\".\n\n"
                        + "البنك الدولي: \"النمو العالمي سيتباطأ هذا العام بشكل ملحوظ\"\n\n"
                        + "وحذر البنك من أن النمو سيتباطأ.")
                .direct("النمو العالمي سيتباطأ هذا العام بشكل ملحوظ").speakerHas("البنك الدولي"));
        rows.add(ar("a participle cue continues the titled subject that opens its sentence before the verb",
                "لكن وزير التجارة البرازيلي ماركو سيلفا قلل من أهمية الخلاف مع الاتحاد الأوروبي، "
                        + "قائلا إن الصادرات لن تتأثر كثيرا هذا العام.")
                .reported("الصادرات لن تتأثر كثيرا هذا العام").speakerHas("ماركو سيلفا"));
        rows.add(ar("a short name quoted three times or more in the article is a name, not a claim",
                "أعلنت شركة \"نوكيا\" عن هاتف جديد.\n\nوقال مدير \"نوكيا\" سامي حداد إن \"نوكيا\" ستنافس بقوة في السوق.")
                .noClaimQuoting("نوكيا"));
        rows.add(ar("Arabic: an interview with a channel before the cue names the channel",
                "وفي مقابلة مع قناة الجزيرة، قال وزير الخارجية سامي حداد إن المفاوضات ستستأنف الأسبوع المقبل.")
                .reported("المفاوضات ستستأنف الأسبوع المقبل").speakerHas("سامي حداد").source("Al Jazeera"));
        rows.add(en("remarks to a broadcaster between the speaker and the cue name the channel",
                "Fire Service director General Omar Haddad, in remarks to Al Jazeera television, said "
                        + "\"Everyone has been evacuated from the building.\"")
                .direct("Everyone has been evacuated from the building.").speaker("Omar Haddad").source("Al Jazeera"));
        rows.add(ar("'kama allaqa X' (as X commented) attributes the quotation after it",
                "وكما علق وزير الطاقة الأردني سامر خليل، فقد \"أصبحت الأسعار عبئا على الجميع\" في المنطقة.")
                .direct("أصبحت الأسعار عبئا على الجميع").speakerHas("سامر خليل"));
        rows.add(ar("allaqa meaning 'suspended' is no cue",
                "وعلقت الحكومة المفاوضات مع النقابات حتى إشعار آخر.")
                .total(0));
        rows.add(ar("a feminine title before a name is a title",
                "وأعربت المستشارة النمساوية كارين فولف عن القلق إزاء \"تصعيد يضر بالجميع\".")
                .direct("تصعيد يضر بالجميع").speakerHas("كارين فولف"));
        rows.add(ar("da'a ila with a noun reports the noun phrase",
                "ودعا الرئيس اللبناني سليم عادل إلى إجراء انتخابات مبكرة في الربيع المقبل.")
                .reported("إجراء انتخابات مبكرة في الربيع المقبل").speakerHas("سليم عادل"));
        rows.add(ar("da'iyan iyyahu ila with a noun reports the noun phrase",
                "وانتقد الرئيس اللبناني سليم عادل قرار الحكومة، داعيا إياها إلى مراجعة الأسعار قبل نهاية الشهر.")
                .reported("مراجعة الأسعار قبل نهاية الشهر").speakerHas("سليم عادل"));
        rows.add(ar("an interview with a channel whose name is in quotation marks gives that name as the channel",
                "وفي مقابلة مع قناة \"تي آر تي\" الخاصة قال الوزير سامي حداد \"لن نقبل بهذه الشروط أبدا\".")
                .direct("لن نقبل بهذه الشروط أبدا").speakerHas("سامي حداد").source("تي آر تي"));
        rows.add(en("a short surname one letter from another is a misspelling, two letters apart another person",
                "Mark Johnson, a local senator, said the plan was flawed.\n\n"
                        + "Jensen said \"the vote will go ahead next week as planned.\"")
                .direct("the vote will go ahead next week as planned.").speakerNot("Mark Johnson"));
        rows.add(en("a surname with a possessive 's is the person named before",
                "Mark Dalby, a local senator, said the plan was too expensive.\n\n"
                        + "Dalby's statement added \"we will keep working on a better deal.\"")
                .direct("we will keep working on a better deal.").speaker("Mark Dalby"));
        // ---- round 7, Arabic ------------------------------------------------------------------------
        rows.add(ar("a whole sentence in quotation marks after bi-'unwan is a title, not a claim",
                "ونشرت صحيفة الغد تقريرا بعنوان \"هل انتهى زمن الكتب الورقية؟ القراء يجيبون عن السؤال بلا تردد\".")
                .noClaimQuoting("هل انتهى زمن الكتب الورقية؟ القراء يجيبون عن السؤال بلا تردد").total(0));
        rows.add(ar("a book's title after its author's name is a title, not a claim",
                "وصدر كتاب الكاتبة المصرية سلمى حسن \"الطريق الطويل: سنوات في المنفى\" الشهر الماضي.")
                .total(0));
        rows.add(ar("a journal's title in quotation marks does not stop the cue's clause",
                "وكشفت دراسة نشرت في دورية \"العلوم الطبية\" أن النوم المبكر يحسن الذاكرة لدى الأطفال.")
                .reported("النوم المبكر يحسن الذاكرة لدى الأطفال").speakerHas("دراسة").source("العلوم الطبية")
                .noClaimQuoting("العلوم الطبية"));
        rows.add(ar("a quotation after a cue and an author with no work noun stays a quotation",
                "وقال المحامي سامر نبيل \"لم أتوقع هذا النجاح أبدا في حياتي\".")
                .direct("لم أتوقع هذا النجاح أبدا في حياتي").speakerHas("سامر نبيل"));
        rows.add(ar("a registry person with li- after the speaker is the one spoken to, not part of the speaker",
                "وقال سامي حداد لبوتين \"نحن نتابع المحادثات عن قرب\".")
                .direct("نحن نتابع المحادثات عن قرب").speaker("سامي حداد"));
        rows.add(ar("li-ahad with a noun after the speaker is the one spoken to",
                "وأكد الوزير سامي حداد لأحد مستشاريه إنه لن يوقع على الاتفاق أبدا.")
                .reported("لن يوقع على الاتفاق أبدا").speakerHas("سامي حداد").speakerNotHas("مستشاريه"));
        rows.add(ar("a name that begins with the letter lam stays the speaker's name",
                "وقال سيرغي لافروف إن الاجتماع سيعقد غدا في موسكو.")
                .reported("الاجتماع سيعقد غدا في موسكو").speaker("Sergei Lavrov"));
        rows.add(ar("fa-radda X before a quotation is a reply cue with X the speaker",
                "وسأل الصحفي سامي حداد الوزير عن الخطة فرد كمال عيسى \"لن نتراجع عن هذا القرار أبدا\".")
                .direct("لن نتراجع عن هذا القرار أبدا").speakerHas("كمال عيسى"));
        rows.add(ar("wa-radda X 'ala Y bil-qawl inna reports the reply",
                "وردت سلمى حسن على منتقديها بالقول إن الخطة ستنجح في النهاية رغم كل شيء.")
                .reported("الخطة ستنجح في النهاية رغم كل شيء").speakerHas("سلمى حسن"));
        rows.add(ar("warada fi (it came in) and news that came are no reply",
                "وردت أنباء عن انفجار في المدينة \"قرب الميناء\" مساء أمس.")
                .direct("قرب الميناء").flag(ClaimFlag.SCARE_QUOTE).flag(ClaimFlag.NO_SPEAKER));
        rows.add(ar("a subject after a sentence-initial lakin speaks with the cue after it",
                "وقالت الوزارة إن الأسعار ستنخفض.\n\nلكن نقابة التجار أعلنت أن \"الأسعار سترتفع حتما الشهر المقبل\".")
                .direct("الأسعار سترتفع حتما الشهر المقبل").speakerHas("نقابة"));
        rows.add(ar("lakin before a prepositional phrase gives no subject",
                "وقال المحامي سامي حداد إن الخطة جيدة.\n\nلكن في المساء أعلن أن \"الحوار ما زال ممكنا مع الجميع\".")
                .direct("الحوار ما زال ممكنا مع الجميع").speakerNotHas("المساء"));
        rows.add(ar("wa-huwa without ma after a comma is an apposition inside the reported clause",
                "وأكد الوزير سامي حداد أن القرار أبعد الصندوق عن هدفه الأول، وهو دعم المزارعين في الجنوب.")
                .reported("القرار أبعد الصندوق عن هدفه الأول، وهو دعم المزارعين في الجنوب").speakerHas("سامي حداد"));
        rows.add(ar("wa-huwa ma after a comma is the writer's inference and ends the clause",
                "وأكد الوزير سامي حداد أن الأسعار سترتفع الشهر المقبل، وهو ما يعني خسائر كبيرة للمزارعين.")
                .reported("الأسعار سترتفع الشهر المقبل").speakerHas("سامي حداد"));
        rows.add(ar("a correspondent's title, a place after fi and a name before the complement: the name speaks",
                "ويقول مراسل بي بي سي في أمريكا الجنوبية سامر حداد إن المفاوضات متعثرة منذ أسابيع.")
                .reported("المفاوضات متعثرة منذ أسابيع").speaker("سامر حداد"));
        rows.add(ar("a name after fi and a phrase that is no place is not the title holder",
                "وقال وزير الخارجية في مؤتمر صحفي مع نظيره سامر حداد إن المفاوضات متعثرة منذ أسابيع.")
                .reported("المفاوضات متعثرة منذ أسابيع").speakerNotHas("سامر حداد"));
        rows.add(ar("a transliterated particle il- opens a name before its comma-set title",
                "وأشارت إل ماري غرانت، مستشارة الحاكم، إلى أن الفريق طلب موعدا آخر للمناظرة.")
                .reported("الفريق طلب موعدا آخر للمناظرة").speaker("إل ماري غرانت"));
        rows.add(ar("a role noun after a writing verb is a title before the name",
                "وكتبت المغردة سوزان رايت: \"لا أحد يهتم بهذا الأمر حقا\".")
                .direct("لا أحد يهتم بهذا الأمر حقا").speaker("سوزان رايت"));
        rows.add(ar("a registry name inside a bank's name after a title is not the speaker; the comma-set name is",
                "أكد العضو المنتدب لبنك مصر إيران، كمال عيسى، أن العقوبات أبعدت البنك عن هدفه الأول.")
                .reported("العقوبات أبعدت البنك عن هدفه الأول").speaker("كمال عيسى"));
        rows.add(ar("a one-word name after a company noun with li- is the company's, not the director's",
                "وأكد المدير العام لشركة مصر للطيران، كمال عيسى، أن الرحلات ستستأنف الأسبوع المقبل.")
                .reported("الرحلات ستستأنف الأسبوع المقبل").speaker("كمال عيسى"));
        rows.add(ar("a registry country named after the title, with no institution noun, still speaks",
                "وقال الرئيس المصري إن الرحلات ستستأنف الأسبوع المقبل إلى كل المدن.\n\n"
                        + "وأكد رئيس إيران أن العقوبات لن تغير سياسة البلاد أبدا.")
                .reported("العقوبات لن تغير سياسة البلاد أبدا").speakerHas("Iran"));
        rows.add(ar("khalusat ila anna (concluded) is a cue before its clause",
                "ونشرت الجامعة دراسة جديدة عن النوم.\n\nوخلصت الدراسة إلى أن الأطفال يحتاجون إلى عشر ساعات من النوم.")
                .reported("الأطفال يحتاجون إلى عشر ساعات من النوم"));
        rows.add(ar("ittafaqa 'ala anna (agreed that) is a cue before its clause",
                "واتفق كثيرون منهم على أن القاعات باردة جدا بالنسبة للموظفين.")
                .reported("القاعات باردة جدا بالنسبة للموظفين").speakerNotHas("منهم"));
        rows.add(ar("talabu minhum an (asked them to) is a cue before its clause",
                "وأرسل المنظمون رسالة إلى البلدية، طلبوا منهم أن تؤجل الحفل إلى الأسبوع المقبل.")
                .reported("تؤجل الحفل إلى الأسبوع المقبل"));
        rows.add(ar("ittafaqa 'ala with a noun (agreed on) reports nothing",
                "واتفق الطرفان على وقف إطلاق النار في المدينة منذ الصباح.")
                .total(0));
        rows.add(ar("hathth X 'ala with a verbal noun reports what is urged",
                "وحث الوزير سامي حداد المزارعين، يوم الأحد، على زراعة القمح بدل القطن هذا العام.")
                .reported("زراعة القمح بدل القطن هذا العام").speakerHas("سامي حداد"));
        rows.add(ar("hathth X 'ala anna keeps the clause after the complement",
                "وحث الوزير سامي حداد على أن تبقى الأسواق مفتوحة طوال الشهر.")
                .reported("تبقى الأسواق مفتوحة طوال الشهر").speakerHas("سامي حداد"));
        rows.add(ar("hathth X 'ala alla with a quotation leaves the quotation as the claim",
                "وحث الوزير سامي حداد الشركات على ألا \"تتخذ أي خطوة تضر بالعمال في الموسم\" هذا العام.")
                .direct("تتخذ أي خطوة تضر بالعمال في الموسم").count(ClaimKind.REPORTED, 0));
        rows.add(ar("wasafa X bi-annahu with unquoted words reports the description",
                "ويصف الكاتب سامي حداد هذا الوضع بأنه أشبه بحرب باردة بين الوزارات.")
                .reported("أشبه بحرب باردة بين الوزارات").speakerHas("سامي حداد"));
        rows.add(ar("wasafa X bi-annahu before a quotation leaves the quotation as the claim",
                "ووصف الوزير سامي حداد القرار بأنه \"خطوة متسرعة وغير مدروسة على الإطلاق\".")
                .direct("خطوة متسرعة وغير مدروسة على الإطلاق").count(ClaimKind.REPORTED, 0));
        rows.add(ar("ja'a fi X aydan anna reports the clause that stands in the document",
                "وجاء في تقرير الأمم المتحدة أيضا أن السجون مكتظة بالمعتقلين منذ سنوات.")
                .reported("السجون مكتظة بالمعتقلين منذ سنوات").speaker("United Nations"));
        rows.add(ar("ja'a fi without a complement reports nothing",
                "وجاء في المرتبة الثانية فريق المدينة بعد خسارته المباراة الأخيرة.")
                .total(0));
        rows.add(ar("'the book' resolves to the author of the book named before",
                "وصدر كتاب الصحفية سلمى حسن \"الطريق الطويل\" العام الماضي.\n\n"
                        + "وجاء في الكتاب أن الحكومة أخفت الوثائق عن البرلمان سنوات طويلة.")
                .reported("الحكومة أخفت الوثائق عن البرلمان سنوات طويلة").speaker("سلمى حسن"));
        rows.add(ar("'the author' relaying someone's words is the channel",
                "وصدر كتاب الصحفية سلمى حسن \"الطريق الطويل\" العام الماضي.\n\n"
                        + "ونقل الكاتب عن الوزير كمال عيسى قوله \"لم نكن نعرف شيئا عن الخطة\".")
                .direct("لم نكن نعرف شيئا عن الخطة").speakerHas("كمال عيسى").source("سلمى حسن"));
        rows.add(ar("'the book' before any book is named does not take a later author",
                "وجاء في الكتاب أن الحكومة أخفت الوثائق عن البرلمان سنوات طويلة.\n\n"
                        + "وصدر كتاب الصحفية سلمى حسن \"الطريق الطويل\" العام الماضي.")
                .reported("الحكومة أخفت الوثائق عن البرلمان سنوات طويلة").speakerNotHas("سلمى حسن"));
        // ---- eighth round (found on the round-8 held-out set d40–d47) ----------------------------------
        rows.add(ar("a cue right after a relative pronoun speaks for the noun phrase before it",
                "واجتمع وزير الخارجية مع المبعوث الأممي جون سميث، الذي قال إن المحادثات كانت مثمرة جدا.")
                .reported("المحادثات كانت مثمرة جدا").speakerHas("سميث"));
        rows.add(ar("a manner adverb after the cue is no speaker; the relative's antecedent from its title",
                "وتتناقض هذه المواقف مع ما قاله مسؤولون آخرون، بينهم الوزير أحمد كمال الذي يقول دائما إن الاتفاق سيصمد طويلا.")
                .reported("الاتفاق سيصمد طويلا").speakerHas("أحمد كمال"));
        rows.add(en("English ', which argues that' speaks for the organisation before it",
                "The firm already has a rival in Acme Corp, which argues that its own service is much cheaper.")
                .reported("its own service is much cheaper").speakerHas("Acme"));

        rows.add(en("after a quotation, 'said Org role First Last' gives the person after the role noun",
                "\"The new season will be our best yet,\" said Riverside coach Tom Baxter, adding that tickets sold out.")
                .direct("The new season will be our best yet,").speaker("Tom Baxter"));

        rows.add(en("a cue coordinated by 'but' with no subject of its own keeps the person the sentence opens with",
                "Mr Grant said the plan would start in May.\n\nThe opposition leader, Maria Lopez, welcomed the plan but"
                        + " added that the public should be consulted first.")
                .reported("the public should be consulted first").speaker("Maria Lopez"));

        rows.add(en("'X asked:' before a quotation attributes the question to X",
                "Mr Grant said the plan would start in May.\n\nThe Liberal leader, Ann Wood, questioned the timing."
                        + " Ms Wood asked: \"Why should families wait another year for this?\"")
                .direct("Why should families wait another year for this?").speakerHas("Wood"));
        rows.add(en("'asked' with an object and 'to' is a request, not a cue",
                "The council asked residents to keep their windows closed overnight.")
                .count(ClaimKind.REPORTED, 0));

        rows.add(en("'\"…?\" he asked in a webcast' reports no clause after 'asked'",
                "\"Why wait for the next model?\" he asked in a video launching the company's spring event.")
                .count(ClaimKind.REPORTED, 0));

        rows.add(en("a clause ending ', he told MPs.' is reported by the one who told them",
                "Mr Grant said the plan would start in May.\n\nThe savings far outweighed the cost of the new"
                        + " scanners, he told MPs.")
                .reported("The savings far outweighed the cost of the new scanners").speakerHas("Grant"));

        rows.add(en("a clause ending ', she said.' is reported by the one speaking",
                "Ms Wood said the school would reopen in May.\n\nThe repairs would cost far less than a new"
                        + " building, she said.")
                .reported("The repairs would cost far less than a new building").speakerHas("Wood"));

        rows.add(ar("'أورد' (reported, cited) is a verb of speech",
                "وقالت الحكومة إن المفاوضات ستستأنف قريبا.\n\nوأورد الجيش، أنه بعد فحص الحطام \"تبين أن الطائرة كانت تحمل أجهزة تجسس متطورة جدا\".")
                .direct("تبين أن الطائرة كانت تحمل أجهزة تجسس متطورة جدا").speaker("الجيش"));

        rows.add(ar("a long title phrase before a comma-set name gives the name; 'لصحيفة «X»' is the channel",
                "وأفاد رئيس الاتحاد الوطني لأصحاب المخابز الصغيرة، ماجد الحربان، لصحيفة \"الوطن\" المحلية، بأن أسعار"
                        + " الخبز لن ترتفع هذا العام.")
                .reported("أسعار الخبز لن ترتفع هذا العام").speakerHas("ماجد").source("الوطن"));

        rows.add(ar("a definite 'المسؤول …' after a named official spoke is that person, and 'وأضاف' keeps the channel",
                "وأفاد رئيس الاتحاد الوطني لأصحاب المخابز الصغيرة، ماجد الحربان، لصحيفة \"الوطن\" المحلية، بأن أسعار"
                        + " الخبز لن ترتفع هذا العام.\n\nوأضاف المسؤول المحلي أن المخابز ستحصل على دعم إضافي قريبا.")
                .reported("المخابز ستحصل على دعم إضافي قريبا").speakerHas("ماجد").source("الوطن"));
        rows.add(ar("a definite 'المصدر' after an unnamed source stays the unnamed source",
                "وقال مصدر مسؤول إن الاجتماع سيعقد غدا في العاصمة.\n\nوأضاف المصدر أن الوفود وصلت بالفعل إلى الفندق.")
                .reported("الوفود وصلت بالفعل إلى الفندق").flag(ClaimFlag.ANONYMOUS_SPEAKER));

        rows.add(ar("a name in quotation marks after 'وكالة أنباء' is the agency's name, not a quotation",
                "وقال نائب الوزير سامي فهد، بحسب ما نقلت عنه وكالة أنباء \"ميزان\"، \"الحكومة ماضية في خطتها حتى النهاية.\"")
                .direct("الحكومة ماضية في خطتها حتى النهاية.").noClaimQuoting("ميزان"));
        rows.add(ar("'بحسب ما نقلت عنه وكالة أنباء «X»' between the speaker and the quotation is the channel",
                "وقال نائب الوزير سامي فهد، بحسب ما نقلت عنه وكالة أنباء \"ميزان\"، \"الحكومة ماضية في خطتها حتى النهاية.\"")
                .direct("الحكومة ماضية في خطتها حتى النهاية.").speakerHas("سامي").expect("channel names the agency",
                        cs -> cs.stream().anyMatch(c -> c.source() != null && c.source().name().contains("ميزان"))));

        rows.add(ar("'الوكالة الدولية للطاقة …' is a body's full name, not 'the agency' named before",
                "ونقلت وكالة رويترز عن مسؤول قوله إن المحادثات انتهت.\n\nوأكدت الوكالة الدولية للطاقة المتجددة، في تقرير"
                        + " أمس، أن الاستثمارات ارتفعت بشكل كبير هذا العام.")
                .reported("الاستثمارات ارتفعت بشكل كبير هذا العام").speakerHas("الوكالة الدولية للطاقة المتجددة").expect("not Reuters",
                        cs -> cs.stream().filter(c -> c.quote().startsWith("الاستثمارات"))
                                .allMatch(c -> c.speaker() == null || !"Reuters".equals(c.speaker().name()))));

        rows.add(ar("a registry person's cue that makes no claim still makes him the one a bare 'وقال' continues",
                "وقال الوزير سامي فهد إن الخطة جاهزة.\n\nوذكر الرئيس الروسي فلاديمير بوتين العقوبات بين أسباب الأزمة."
                        + " وقال \"لم يكن لدينا خيار آخر في ذلك الوقت على الإطلاق.\"")
                .direct("لم يكن لدينا خيار آخر في ذلك الوقت على الإطلاق.").speaker("Vladimir Putin"));

        rows.add(ar("a comma and an accusative participle with tanwin ('، مواصلاً …') end the reported clause",
                "وقال الوزير سامي فهد إن الحكومة قد توقع اتفاقا منفصلا مع الجيران، مواصلاً انتقاد الاتفاقية القديمة.")
                .reported("الحكومة قد توقع اتفاقا منفصلا مع الجيران"));

        rows.add(ar("'داعياً' with its object before 'إلى' reports the ones called on and the call",
                "وأعلن الوزير سامي فهد إغلاق المعابر، داعياً جميع المسافرين إلى تأجيل رحلاتهم.")
                .reported("جميع المسافرين إلى تأجيل رحلاتهم").speakerHas("سامي"));

        rows.add(ar("'وكان X أعلن …': the subject after the sentence-initial auxiliary speaks, not the object after the verb",
                "وكان الرئيس البرازيلي لويس سيلفا أعلن حظر التصدير مؤقتا، داعياً جميع الشركات إلى الالتزام بالقرار.")
                .reported("جميع الشركات إلى الالتزام بالقرار").speakerHas("سيلفا"));

        rows.add(whole("a one-word headline party reports the words after its colon when the body quotes that party",
                null, "كرواتيا: الطائرة التي سقطت كانت تحمل أجهزة تجسس\n\nقالت كرواتيا، يوم السبت، إن الطائرة التي سقطت"
                        + " قرب الحدود كانت تحمل أجهزة تجسس متطورة.")
                .reported("الطائرة التي سقطت كانت تحمل أجهزة تجسس").speaker("كرواتيا"));
        rows.add(whole("a one-word label before a headline colon ('عاجل:') reports nothing", null,
                "عاجل: انفجار في الميناء الرئيسي للمدينة\n\nقالت الشرطة إن الانفجار وقع صباح اليوم في الميناء.")
                .noClaimQuoting("انفجار في الميناء الرئيسي للمدينة"));

        rows.add(en("a cue word used as a noun ('claims by the trade that') does not stop a trailing ', he told MPs.'",
                "Mr Grant said the plan would start in May.\n\nThe benefits far outweighed the cost and claims by"
                        + " the industry that jobs would go, he told MPs.")
                .reported("The benefits far outweighed the cost and claims by the industry that jobs would go")
                .speakerHas("Grant"));

        rows.add(en("'\"…,\" Name, a role at X, told the BBC's Y Report.' gives the person and the programme, no clause",
                "\"Prices will fall before the winter is over,\" Jo Brandt, a senior analyst at the bank, told the BBC's"
                        + " Money Report.")
                .direct("Prices will fall before the winter is over,").speaker("Jo Brandt").source("Money Report")
                .count(ClaimKind.REPORTED, 0));
        rows.add(en("'…, Name, a spokesman for X, said.' reports the words before the name",
                "The factory would reopen in March after the repairs, Jo Brandt, a spokesman for the company, said.")
                .reported("The factory would reopen in March after the repairs").speaker("Jo Brandt"));
        rows.add(en("'…, Name, a role, told reporters.' reports the words before the name",
                "The factory would reopen in March after the repairs, Jo Brandt, the plant manager, told reporters.")
                .reported("The factory would reopen in March after the repairs").speaker("Jo Brandt"));
        rows.add(en("a trailing 'said' after a comma-set place and no name is no apposition",
                "The factory in Leeds, a city in the north, said it would reopen in March.")
                .count(ClaimKind.REPORTED, 1).noClaimQuoting("The factory in Leeds"));

        rows.add(en("a quotation that goes on in the next sentence with no cue keeps the voice, not the channel",
                "\"Prices will fall before the winter is over,\" Jo Brandt, a senior analyst at the bank, told the BBC's"
                        + " Money Report. \"Families will feel the difference in their bills by the spring.\"")
                .direct("Families will feel the difference in their bills by the spring.").speaker("Jo Brandt").noSource());

        rows.add(en("'A Department for Education and Skills source said' is an unnamed source",
                "A Department for Education and Skills source said: \"Every day in school counts for every child.\"")
                .direct("Every day in school counts for every child.").speaker("unnamed sources")
                .flag(ClaimFlag.ANONYMOUS_SPEAKER));
        rows.add(en("a named source of a river is no speaker: 'the source of the Thames' is not an unnamed source",
                "Mr Grant said the source of the Thames had dried up in the heat.")
                .reported("the source of the Thames had dried up in the heat").speakerHas("Grant"));

        rows.add(en("'She believed …' after a named subject reports her view",
                "The health spokeswoman, Ann Wood, said she was pleased. She believed most people wanted a cleaner city.")
                .reported("most people wanted a cleaner city").speakerHas("Wood"));
        rows.add(en("'is believed to' and 'believed in' are no cues",
                "The painting is believed to date from 1650. The artist believed in simple colours and plain light.")
                .count(ClaimKind.REPORTED, 0));

        rows.add(ar("'رأت X في Y Z' (X saw in Y a Z) reports what was seen, 'في' included",
                "رأت المعارضة في قرار الحكومة الأخير إشارة واضحة إلى تأجيل الانتخابات.")
                .reported("في قرار الحكومة الأخير إشارة واضحة إلى تأجيل الانتخابات").speakerHas("المعارضة"));

        // ---- ninth round ----------------------------------------------------------------------------
        rows.add(ar("'، وذلك …' after a reported clause is the writer's circumstance and ends the clause",
                "وقال الوزير سامي فهد إن الأسعار ستنخفض في الربيع المقبل، وذلك بعد اجتماع مطول للحكومة.")
                .reported("الأسعار ستنخفض في الربيع المقبل"));
        rows.add(ar("'، وسط …' after a reported clause is the writer's circumstance and ends the clause",
                "وأكدت المحكمة أن المتهمين لن يحصلوا على محاكمة عادلة، وسط تشديد الإجراءات الأمنية في البلاد.")
                .reported("المتهمين لن يحصلوا على محاكمة عادلة"));
        rows.add(ar("'وسط' inside the reported words without a comma stays in the clause",
                "وقال الوزير سامي فهد إن المصنع الجديد سيبنى وسط المدينة القديمة قرب الميناء.")
                .reported("المصنع الجديد سيبنى وسط المدينة القديمة قرب الميناء"));
        rows.add(ar("the circumstantial participle ends the clause when its tanwin is written before the alif ('…ًا')",
                "وقال الوزير سامي فهد إن الحكومة قد توقع اتفاقا منفصلا مع الجيران، مواصلًا انتقاد الاتفاقية القديمة.")
                .reported("الحكومة قد توقع اتفاقا منفصلا مع الجيران"));

        rows.add(en("an owned noun of saying before a that-clause reports it: 'the X Associates' predictions that'",
                "Mr Grant pointed to the Budget Research Associates' predictions that the council will need more money.")
                .reported("the council will need more money").speakerHas("Budget Research"));
        rows.add(en("'his allegations that' speaks for the name nearest before the pronoun",
                "Anna Berg sued the trainer Paul Ostrow after his allegations that she had cheated in the race.")
                .reported("she had cheated in the race").speakerHas("Ostrow"));
        rows.add(en("a noun of saying without an owner ('claims by the trade that') reports nothing",
                "The report looked at claims by the trade that jobs would be lost in the north.")
                .count(ClaimKind.REPORTED, 0));

        rows.add(en("'X forecasts <noun phrase>' reports the forecast, up to ', although …'",
                "Looking ahead, Acme forecasts sales growth of about 4% next year, although it warned that costs would rise.")
                .reported("sales growth of about 4% next year").speakerHas("Acme"));
        rows.add(en("'Forecasts for …' opening a sentence is a noun, not a cue",
                "Forecasts for German growth were cut to 1.5% for this year.")
                .count(ClaimKind.REPORTED, 0));

        rows.add(en("', saying …' after a verb that is no cue continues the person who opens the sentence",
                "Critics disliked the play, which one paper called \"a long night\". But novelist Carla Menzies"
                        + " praised the cast, saying it was the best revival in years.")
                .reported("it was the best revival in years").speakerHas("Menzies"));
        rows.add(en("', saying …' keeps the earlier cue's speaker when the sentence has one",
                "Mr Grant said the plan was ready, saying it would start in May.")
                .reported("it would start in May").speakerHas("Grant"));

        rows.add(en("'X expressed the hope that …' reports the view voiced",
                "At the festival on Sunday, Dunmore expressed the hope that the film would find a wider audience abroad.")
                .reported("the film would find a wider audience abroad").speakerHas("Dunmore"));
        rows.add(en("'expressed interest in …' voices no clause",
                "Several cities expressed interest in hosting the games in 2030.")
                .count(ClaimKind.REPORTED, 0));

        rows.add(ar("an acronym spelled out letter by letter in quotation marks ('سي إن بي سي') is a name",
                "وفاز بالعقد فرع تابع لمؤسسة البترول الوطنية الصينية \"سي إن بي سي\" في الإمارات.")
                .noClaimQuoting("سي إن بي سي"));
        rows.add(ar("a name in quotation marks after a place noun ('ملعب \"…\"') is no claim",
                "وأعلن الاتحاد نقل المباراة من ملعب \"الجوهرة\" في جدة إلى مكة.")
                .noClaimQuoting("الجوهرة"));
        rows.add(ar("a quotation of ordinary words after a cue stays a claim next to a place noun",
                "وقال المدرب سامي فهد إن الفريق سيلعب في الملعب \"من أجل الفوز\" يوم الخميس.")
                .direct("من أجل الفوز"));

        rows.add(ar("'أعلن X في بيان عبر موقعه عن …': the circumstance between the subject and 'عن' does not hide the claim",
                "وأعلنت وزارة الصحة في بيان عبر موقعها الرسمي عن افتتاح ثلاثة مستشفيات جديدة في الجنوب.")
                .reported("افتتاح ثلاثة مستشفيات جديدة في الجنوب").speakerHas("وزارة الصحة"));
        rows.add(ar("'عن' after a verb that announces nothing stays a preposition",
                "وتحدث الوزير في مؤتمر صحفي عن الأوضاع في الجنوب.")
                .count(ClaimKind.REPORTED, 0));

        rows.add(whole("an Arabic headline 'X يؤكد أن …' (after a label and its colon) reports the clause", null,
                "كأس آسيا: كارلوس يؤكد أن الفريق سيلعب بكل قوة في النهائي\n\nأكد المدرب البرازيلي فرناندو كارلوس"
                        + " الأربعاء أن فريقه مستعد للمباراة النهائية.")
                .reported("الفريق سيلعب بكل قوة في النهائي").speakerHas("كارلوس"));
        rows.add(whole("an Arabic headline with no cue before a complement reports nothing", null,
                "الفريق يستعد للنهائي بعد فوز كبير في نصف النهائي\n\nأكد المدرب فرناندو كارلوس أن الفريق مستعد.")
                .noClaimQuoting("للنهائي بعد فوز كبير في نصف النهائي"));

        // round 11 (held-out articles d56-d59: the rules below are general and tested on made-up sentences)
        rows.add(ar("an outlet addressed with la between the name and the complement is the channel, not the speaker",
                "وقال المهندس سامر حداد لبي بي سي إن المشروع سيكتمل في الصيف المقبل.")
                .reported("المشروع سيكتمل في الصيف المقبل").speakerHas("سامر حداد").speakerNotHas("بي بي سي")
                .source("BBC"));
        rows.add(ar("an outlet addressed with la after a bare title: the channel, and the speaker is the one speaking",
                "وقال الوزير سامر حداد إن الخطة جاهزة تماما.\n\nوقال المدير لرويترز إن المشروع سيكتمل في الصيف المقبل.")
                .reported("المشروع سيكتمل في الصيف المقبل").speakerNot("Reuters").source("Reuters"));
        rows.add(ar("title + institution's name + person: the person at the end, after the word that ends the name",
                "وقال رئيس شركة النقل البحرية السير جون ماكنزي، إن الأسعار سترتفع كثيرا.")
                .reported("الأسعار سترتفع كثيرا").speaker("جون ماكنزي"));
        rows.add(ar("title + institution's name with a registry country + person with a family name",
                "وقال مدير مركز الدراسات المصرية محمد الشناوي إن الأسعار سترتفع كثيرا.")
                .reported("الأسعار سترتفع كثيرا").speaker("محمد الشناوي"));
        rows.add(ar("title + institution with no word ending its name: the name is not split",
                "وقال رئيس شركة فولكس فاجن هربرت ديس إن الأسعار سترتفع كثيرا.")
                .reported("الأسعار سترتفع كثيرا").speakerNot("هربرت ديس"));
        rows.add(ar("spellings of 'professor' are titles: the name after one speaks",
                "وقال البروفسور سامر حداد إن العقبة الرئيسية هي الكلفة.")
                .reported("العقبة الرئيسية هي الكلفة").speaker("سامر حداد"));
        rows.add(ar("a role noun after the name ends it ('لاعب خط الوسط')",
                "وقال سامر حداد لاعب خط الوسط إن الفريق جاهز للمباراة.")
                .reported("الفريق جاهز للمباراة").speaker("سامر حداد"));
        rows.add(ar("'في بيان لـ CNN' with a space after la: the outlet is the channel",
                "وقال متحدث باسم الشركة في بيان لـ CNN إن الشركة لم تخالف العقد.")
                .reported("الشركة لم تخالف العقد").source("CNN"));
        rows.add(ar("'في مقابلة عبر قناة X' and 'بقناة X': the broadcaster is the channel",
                "وقالت سلمى حداد في مقابلة عبر برنامج \"حوار\" بقناة CNN إن الموقف صعب جدا عليها.\n\n"
                        + "وقال سامر حداد في مقابلة عبر قناة الجزيرة إن الوضع هادئ.")
                .reported("الموقف صعب جدا عليها").source("CNN"));
        rows.add(ar("'في تغريدة عبر صفحته' is no channel",
                "وقال سامر حداد في تغريدة عبر صفحته الرسمية إن الفريق جاهز للمباراة.")
                .reported("الفريق جاهز للمباراة").noSource());
        rows.add(ar("a publisher's quoted name after 'دار' speaks",
                "وقالت دار \"الأمل\" للنشر في بيان \"نحن حزينون جدا لرحيل الكاتب\".")
                .direct("نحن حزينون جدا لرحيل الكاتب").speaker("الأمل"));
        rows.add(ar("a name opening with a hamza on alef before lam ('ألونسو') is no article: the name speaks",
                "وقال سامر حداد إن الفريق جاهز للمباراة تماما.\n\nوقال ألونسو إن كل شيء يمكن أن يحدث في المباراة.")
                .reported("كل شيء يمكن أن يحدث في المباراة").speaker("ألونسو"));
        rows.add(ar("'، مما يجعل …' with a present verb is the consequence the speaker claims: the clause goes on",
                "وتقول شركة الأمل إنها تطور محركا جديدا، مما يجعل الطائرات أخف وأسرع.")
                .reported("تطور محركا جديدا، مما يجعل الطائرات أخف وأسرع").speakerHas("شركة الأمل"));
        rows.add(ar("'، ما يعني …' stays the writer's inference and ends the clause",
                "وتقول شركة الأمل إنها تطور محركا جديدا للطائرات، ما يعني أن الأسعار سترتفع.")
                .reported("تطور محركا جديدا للطائرات").speakerHas("شركة الأمل"));
        rows.add(ar("'، ما أثار …' with a past verb is the writer's narration and ends the clause",
                "وقالت شركة الأمل إنها رفعت أسعار التذاكر للرحلات الطويلة، ما أثار غضب المسافرين.")
                .reported("رفعت أسعار التذاكر للرحلات الطويلة").speakerHas("شركة الأمل"));
        rows.add(ar("a noun with a possessive pronoun after the cue ('وأوضح فكرته') is its object: the speaker goes on",
                "وقال سامر حداد إن الخطة جاهزة تماما للتنفيذ.\n\nوأوضح فكرته بالتأكيد على أن \"الطائرة ستكون أخف وزنا\".")
                .direct("الطائرة ستكون أخف وزنا").speaker("سامر حداد"));
        rows.add(ar("a short quoted name right after the cue, then 'في بيان إن': the name speaks, it is no quotation",
                "وقال \"حزب الأمل\" في بيان إن الوضع هادئ الآن في المدينة.")
                .reported("الوضع هادئ الآن في المدينة").speaker("حزب الأمل").noClaimQuoting("حزب الأمل"));
        rows.add(ar("a quoted name after the cue before the complement is the whole name, not its first word",
                "وأعلنت \"شركة النور للطيران\" أنها ستطلق رحلات جديدة إلى المدينة.")
                .reported("ستطلق رحلات جديدة إلى المدينة").speaker("شركة النور للطيران"));
        rows.add(ar("a short quoted name opening a paragraph before a cue verb is its subject, no quotation",
                "وقال سامر حداد إن الخطة جاهزة تماما للتنفيذ.\n\n\"شركة النور\" تؤكد رعايتها للنادي")
                .noClaimQuoting("شركة النور"));
        rows.add(ar("a quotation after the cue stays a quotation",
                "وقال سامر حداد \"الخطة جاهزة تماما\".")
                .direct("الخطة جاهزة تماما").speaker("سامر حداد"));
        rows.add(ar("a compound name 'عبد + definite word' is one name, with the ordinal after it",
                "وأكد الملك عبد العزيز الثالث أن الحوار الوطني هو الطريق الوحيد.")
                .reported("الحوار الوطني هو الطريق الوحيد").speaker("عبد العزيز الثالث"));
        rows.add(ar("a name seen before ends where the words after it leave it ('عبد العزيز أهمية')",
                "وأكد الملك عبد العزيز الثالث أن الحوار الوطني هو الطريق الوحيد.\n\n"
                        + "وأبرز الملك عبد العزيز أهمية \"مشاركة الأحزاب في الحوار بصورة فاعلة\".")
                .direct("مشاركة الأحزاب في الحوار بصورة فاعلة").speaker("عبد العزيز الثالث"));
        rows.add(ar("an Arabic transliteration spelt with one long vowel less is the person named before",
                "ويرى البروفيسور جون ماكلوفلين أن التقنية ستنتشر سريعا.\n\n"
                        + "وقال البروفسور ماكلفلين إن العقبة الرئيسية هي الكلفة.")
                .reported("العقبة الرئيسية هي الكلفة").speaker("جون ماكلوفلين"));
        rows.add(ar("the outlet of a dateline that opens the paragraph is no speaker",
                "عمّان، الأردن (CNN) – طالب الرئيس الحكومة بحوار وطني، وشدد على أنه ليس من العدل أن يتحمل المواطن وحده التداعيات.")
                .reported("ليس من العدل أن يتحمل المواطن وحده التداعيات").speakerNot("CNN"));
        rows.add(ar("'العاهل' is a title: the king's name after it speaks",
                "وشدد العاهل المغربي الملك محمد السادس على أن التعليم أولوية وطنية.")
                .reported("التعليم أولوية وطنية").speakerHas("محمد السادس"));
        rows.add(ar("a second title in apposition names the subject a later coordinated cue continues",
                "استقبل العاهل المغربي، الملك محمد السادس، الوفد الرسمي، وشدد على أن التعليم أولوية وطنية.")
                .reported("التعليم أولوية وطنية").speakerHas("محمد السادس"));
        rows.add(ar("a first name and a family name with the article before an apposition are one name",
                "قال سالم الحمدان، سفير البلاد في الأمم المتحدة، إن القرار يعني الكثير للشعب.")
                .reported("القرار يعني الكثير للشعب").speaker("سالم الحمدان"));
        rows.add(ar("'وأضاف X' after X's words through an agency carries the agency as the channel",
                "وتابع سالم الحمدان وفقا لما نقلته وكالة الأنباء الوطنية: \"القرار يبعث برسالة واضحة إلى الجميع.\""
                        + "\n\nوأضاف الحمدان قائلا: \"الجميع يعرف من هو المعتدي.\"")
                .direct("الجميع يعرف من هو المعتدي.").speakerHas("سالم الحمدان").source("وكالة الأنباء الوطنية"));
        rows.add(ar("an outlet told with 'لل' and described, not named, is the channel of the quotation after it",
                "وقالت سلمى حداد للقناة الفرنسية الثانية \"الوضع صعب جدا على الجميع\".")
                .direct("الوضع صعب جدا على الجميع").speakerHas("سلمى حداد").source("القناة الفرنسية الثانية"));
        rows.add(ar("a noun carrying 'ها' after the cue ('كما أكدت تأييدها') is its object: the speaker goes on",
                "وقالت سلمى حداد إن الخطة جاهزة تماما للتنفيذ.\n\nكما أكدت تأييدها للإبقاء على الاتفاق التجاري مع الشركاء.")
                .reported("الاتفاق التجاري مع الشركاء").speakerNot("تأييدها").speakerHas("سلمى حداد"));
        rows.add(ar("a describing verb with its object attached ('في خطوة وصفتها قطر بـ\"…\"') frames the quotation",
                "وأعلنت الدول الأربع المقاطعة، في خطوة وصفتها الحكومة القطرية بـ\"الحصار الجائر\".")
                .direct("الحصار الجائر").speakerHas("الحكومة القطرية"));
        rows.add(ar("the owner of a tweet named with la ('في تغريدة لحداد') speaks the quotation after 'حيث قال'",
                "قال سامر حداد، وزير الدولة، إن الأزمة انتهت تماما.\n\n"
                        + "جاء ذلك في تغريدة لحداد على صفحته بموقع تويتر، حيث قال: \"الملخص واضح للجميع\".")
                .direct("الملخص واضح للجميع").speaker("سامر حداد").noSource());
        rows.add(whole("a headline 'X عن \"topic\": claim' reports the claim for X, the person the body names in full",
                null, "حداد عن \"عام على الأزمة\": الحوار هزم الخلاف\n\nقال سامر حداد، وزير الدولة، إن الحوار انتصر في النهاية.")
                .reported("الحوار هزم الخلاف").speaker("سامر حداد"));
        rows.add(whole("a headline surname before a colon is the body's speaker of that family name", null,
                "حداد: الحوار هزم الخلاف\n\nقال سامر حداد، وزير الدولة، إن الحوار انتصر في النهاية.")
                .reported("الحوار هزم الخلاف").speaker("سامر حداد"));
        rows.add(ar("a model code in quotation marks ('من طراز \"بي-1 لانسر\"') is a designation, not a quotation",
                "وأوضحت الصحيفة أنه تم إطلاق الصاروخ من طائرة \"بي-1 لانسر\" فوق البحر.")
                .noClaimQuoting("بي-1 لانسر"));
        rows.add(ar("a name kept in Latin script in quotation marks is a name, not a quotation",
                "وقالت سلمى حداد في مقابلة عبر برنامج \"Evening Report\" إن الموقف صعب جدا عليها.")
                .noClaimQuoting("Evening Report"));
        rows.add(ar("a short quotation with a number standing alone stays a quotation",
                "وقال الوزير سامر حداد: \"سنبني 100 منزل\".")
                .direct("سنبني 100 منزل").speaker("سامر حداد"));
        rows.add(ar("'يعتقد أن' with no subject after it is the impersonal passive ('it is believed'): nobody is quoted",
                "وأطلقت القوات صواريخ على مواقع يعتقد بأنه يتم إنتاج أسلحة كيماوية فيها.")
                .count(ClaimKind.REPORTED, 0));
        rows.add(ar("'يعتقد X أن' with its subject after it reports X's view",
                "ويعتقد الخبير سامر حداد أن العقوبات لن تنجح أبدا.")
                .reported("العقوبات لن تنجح أبدا").speaker("سامر حداد"));
        rows.add(ar("'السيناتور … البارز' are titles: the senator named after them speaks after 'وكان … قال'",
                "وكان السيناتور الأمريكي البارز جون ماكنزي قال إن أثر الأزمة على العلاقات سيكون مدمرا.")
                .reported("أثر الأزمة على العلاقات سيكون مدمرا").speaker("جون ماكنزي"));
        rows.add(ar("a known surname and a registry country after it: the country is the object, not a family name",
                "وقال جون ماكنزي إن أثر الأزمة سيكون كبيرا.\n\nوحذر ماكنزي السعودية من أنها ستدفع \"ثمنا باهظا\".")
                .direct("ثمنا باهظا").speaker("جون ماكنزي"));
        rows.add(ar("a cue marked passive with its damma ('واتُهِمت X بأنها') has no speaker: X is the one accused",
                "واتُهِمت الشركة بأنها مسؤولة عن تسرب البيانات الشخصية.")
                .count(ClaimKind.REPORTED, 0));
        rows.add(ar("'لم تذكر اسمها' withholds a name: no claim of its own",
                "ونقلت وكالة الأنباء الوطنية عن مصادر لم تذكر اسمها أن الوزير استقال يوم الأحد.")
                .count(ClaimKind.REPORTED, 1));
        rows.add(ar("'، رغم أن …' after a reported clause is the writer's contrast and ends the claim",
                "وتقول السلطات إنه خرج بعد فترة قصيرة، رغم أن شهودا لم يروه يغادر المبنى.")
                .reported("خرج بعد فترة قصيرة"));
        rows.add(ar("verb-subject order: the person right after the first verb is the subject a participle continues",
                "أمهل سامر الحداد، زعيم التيار المدني، الحكومة أياما للنظر في القضية، مؤكدا على أن الصبر لن يطول كثيرا.")
                .reported("الصبر لن يطول كثيرا").speaker("سامر الحداد"));
        rows.add(ar("a tweet 'للحداد' (la + a family name with the article) is that person's",
                "قال سامر الحداد، زعيم التيار المدني، إن الصبر لن يطول كثيرا.\n\n"
                        + "جاء ذلك في تغريدة للحداد على صفحته بموقع تويتر، حيث قال: \"الصبر لن يطول\".")
                .direct("الصبر لن يطول").speaker("سامر الحداد"));
        rows.add(ar("a final damma on an active cue ('يقولُ') marks no passive",
                "ويقولُ سامر حداد إن الخطة جاهزة تماما للتنفيذ.")
                .reported("الخطة جاهزة تماما للتنفيذ").speaker("سامر حداد"));
        // ---- eleventh round ---------------------------------------------------------------------------
        rows.add(en("'the 24-year-old told …' refers back to the person the article is about",
                "Carla Menzies has signed a new deal with her club after weeks of talks. \"I am very happy here,\""
                        + " the 24-year-old told reporters.")
                .direct("I am very happy here,").speakerHas("Carla Menzies"));
        rows.add(en("'the Olympic gold medallist says' refers back to the person who spoke before",
                "\"We will win this case,\" Marta Delgado said on Monday. The Olympic gold medallist says the charges"
                        + " were invented by a rival.")
                .reported("the charges were invented by a rival").speakerHas("Marta Delgado"));
        rows.add(en("'the Geneva-based think tank said' refers back to the organisation named before",
                "Trade will slow next year, the WTCA said. However, the Geneva-based think tank said it expected"
                        + " growth to return in 2026.")
                .reported("it expected growth to return in 2026").speakerHas("WTCA"));
        rows.add(en("a description with no person named before keeps its own words",
                "The new signing arrived at the training ground on Monday. \"It is a great day,\" the striker said.")
                .direct("It is a great day,").speakerHas("striker"));
        rows.add(en("a description of no person or organisation ('the neighbour') is not the person named before",
                "Carla Menzies has moved to a new house in the village. \"She is very quiet,\" the neighbour said.")
                .direct("She is very quiet,").speakerHas("neighbour"));

        rows.add(en("'issuing a statement through X describing …': the one speaking goes on, X is the channel",
                "Carla Menzies said she was happy at the club. Before the match, Menzies moved to calm the fans,"
                        + " issuing a statement through Hartfield describing the rumours as \"complete nonsense\".")
                .direct("complete nonsense").speakerHas("Menzies").source("Hartfield"));
        rows.add(en("'…, with X describing …': the name after 'with' is the one describing",
                "The team won the cup on Sunday, with Jo Brandt describing the win as \"truly special\".")
                .direct("truly special").speakerHas("Brandt").noSource());
        rows.add(en("'said' after a name that follows a preposition is not the participle rule: the name speaks",
                "The fans cheered on Sunday as coach Jo Brandt said the win was \"very special\".")
                .direct("very special").speakerHas("Brandt"));

        rows.add(en("'Surname, meanwhile, was …' of a person named in full before makes 'he said' that person's",
                "Carla Menzies said she was happy at the club. She thought she was talking to club president Marco"
                        + " Bellini. Bellini, meanwhile, was angry at the hoax. \"It is a disgrace,\" he said.")
                .direct("It is a disgrace,").speakerHas("Marco Bellini"));
        rows.add(en("a surname never named in full opening a sentence does not take over 'she said'",
                "Carla Menzies said she was happy at the club. Bellini, meanwhile, was angry at the hoax."
                        + " \"It is a disgrace,\" she said.")
                .direct("It is a disgrace,").speakerHas("Menzies"));

        rows.add(en("'She said' after a group spoke continues the last person who spoke, not the group",
                "Finance Minister Ann Wood said the plan was fair. But opposition parties said the tax would rise"
                        + " sharply. She said most families would pay less next year.")
                .reported("most families would pay less next year").speakerHas("Ann Wood"));
        rows.add(en("'She said' does not continue a man the article titles 'Mr'",
                "Ann Wood said the plan was fair. Tom Grant said the tax would rise sharply. Mr Grant was not"
                        + " convinced by the figures. She said most families would pay less next year.")
                .reported("most families would pay less next year").speakerHas("Ann Wood"));
        rows.add(en("'He said' continues the last speaker when he can be 'he'",
                "Ann Wood said the plan was fair. Tom Grant said the tax would rise sharply. He said most families"
                        + " would pay more next year.")
                .reported("most families would pay more next year").speakerHas("Tom Grant"));

        rows.add(en("'…, says X.' reports the words before it though a short term inside them is quoted",
                "Families should pay \"fair amounts\" for water after a long review, says the water regulator.")
                .reported("Families should pay \"fair amounts\" for water after a long review")
                .speakerHas("water regulator"));
        rows.add(en("the term quoted inside a trailing report is a quotation of the same speaker",
                "Families should pay \"fair amounts\" for water after a long review, says the water regulator.")
                .direct("fair amounts").speakerHas("water regulator"));
        rows.add(en("words before '…, says X.' that are mostly a quotation are the quotation, not a report",
                "The plan will bring \"fair prices for every family in the country\" next year, says the regulator.")
                .count(ClaimKind.REPORTED, 0));

        rows.add(en("'After the vote party spokesman Tom Grant, of X, said': the name after the opening phrase speaks",
                "The Hartfield Council said cuts may come. After the vote party finance spokesman Tom Grant, of"
                        + " Hartfield, said it was vital that rises were kept low.")
                .reported("it was vital that rises were kept low").speakerHas("Tom Grant"));
        rows.add(en("a name after a preposition at the end of the subject phrase is an object, not the speaker",
                "Mr Jo Brandt said he was innocent. During the long trial Mr Brandt played down his ties with Mr Tom"
                        + " Grant and denied he met him often.")
                .reported("he met him often").speakerHas("Brandt"));

        rows.add(en("', which would …' describing what was said stays in the reported words",
                "Mr Grant described the plan as a simple scheme, which would give every pupil a laptop.")
                .reported("the plan as a simple scheme, which would give every pupil a laptop"));
        rows.add(en("', which means …' is the writer's inference and ends the reported words",
                "Mr Grant said prices would rise in May, which means families will pay more.")
                .reported("prices would rise in May"));
        rows.add(en("a quotation opening a sentence of its own after a comma ends the reported words before it",
                "Mr Grant described the plan as a simple scheme for every school in the city, \"We have to start"
                        + " somewhere and this is the cheapest way.\"")
                .reported("the plan as a simple scheme for every school in the city"));
        rows.add(en("a quotation that goes on with the clause after a comma ('that, over …, \"Maria's …') is no cut",
                "Mr Grant told the court that, over the last five months, \"Maria's health got worse every single week.\"")
                .count(ClaimKind.REPORTED, 0));

        rows.add(en("'conceded this was …' reports the clause the concession opens",
                "Mr Grant wants every school to have a laptop but conceded this was a costly plan.")
                .reported("this was a costly plan").speakerHas("Grant"));
        rows.add(en("'conceded two goals' is no cue",
                "The home side conceded two goals in the first half and lost the match.")
                .count(ClaimKind.REPORTED, 0));
        rows.add(en("'said …, though he recognised that …': the first report ends at the concession",
                "Mr Grant said this was a charity project, though he recognised that the makers would earn money.")
                .reported("this was a charity project").speakerHas("Grant"));
        rows.add(en("'…, though he recognised that …' is a second report of the same speaker",
                "Mr Grant said this was a charity project, though he recognised that the makers would earn money.")
                .reported("the makers would earn money").speakerHas("Grant"));
        rows.add(en("'recognised the need for …' without a clause is no cue",
                "The council recognised the need for more teachers in the north.")
                .count(ClaimKind.REPORTED, 0));

        rows.add(en("'told the X Radio programme Y he hoped …': the programme named after its noun is the channel",
                "Jo Brandt told the City Radio programme Money Matters he hoped prices would fall by the summer.")
                .reported("he hoped prices would fall by the summer").speakerHas("Brandt").source("Money Matters"));
        rows.add(en("'told the Finance Committee he hoped …': the addressee is no channel and the clause opens at 'he'",
                "Jo Brandt told the Finance Committee he hoped prices would fall by the summer.")
                .reported("he hoped prices would fall by the summer").speakerHas("Brandt").noSource());

        rows.add(en("'…, which he said was …' takes the person who opens the sentence",
                "Tom Grant said the team was ready. Mr Jo Brandt praised his deputy for her work, which he said was"
                        + " the key to the result.")
                .reported("the key to the result").speakerHas("Jo Brandt"));
        rows.add(en("the pronoun does not take a sentence's opening subject it cannot stand for",
                "Ms Ann Wood said the plan was fair. Mr Tom Grant met her on Monday, and she said the talks went well.")
                .reported("the talks went well").speakerHas("Ann Wood"));

        rows.add(en("a subject and a lexical verb before a closing quotation make a report beside the quotation",
                "Mr Grant told the court, saying his finance chief had \"a clear grasp of the figures\".")
                .reported("his finance chief had \"a clear grasp of the figures\"").speakerHas("Grant"));
        rows.add(en("a copula before a closing quotation leaves the quotation alone the claim",
                "Mr Grant said one laptop per child could be \"very important to the whole village\".")
                .count(ClaimKind.REPORTED, 0));
        rows.add(en("a passive before a closing quotation leaves the quotation alone the claim",
                "Mr Grant said no one will be refused \"based only on the answers to the form\".")
                .count(ClaimKind.REPORTED, 0));

        rows.add(en("'he had said on Thursday lunchtime.' after a quotation reports nothing more",
                "\"I am happy at this club and I will stay,\" he had said on Thursday lunchtime.")
                .count(ClaimKind.REPORTED, 0));
        rows.add(en("'he told the federal court, saying …': the addressee alone is no claim",
                "Mr Grant spoke for an hour. He told the federal court, saying his accountant had made every decision.")
                .reported("his accountant had made every decision").count(ClaimKind.REPORTED, 1));
        rows.add(en("'said on Thursday the plan …': time words followed by a clause still report it",
                "Mr Grant said on Thursday the plan would cost more than expected.")
                .reported("on Thursday the plan would cost more than expected").count(ClaimKind.REPORTED, 1));

        rows.add(en("'she allegedly berated X as \"…\"': the quoted description is hers, the one the article is about",
                "Carla Menzies has left the club after a long row. She allegedly berated her team-mates as \"lazy"
                        + " people\".")
                .direct("lazy people").speakerHas("Carla Menzies"));
        rows.add(en("'the Spaniard said' refers back to the person the article is about",
                "Jose Ramos has joined the club from Seville. \"I am very happy here,\" the Spaniard said.")
                .direct("I am very happy here,").speakerHas("Jose Ramos"));
        rows.add(en("'the Spaniard said' with no person named before keeps its own words",
                "The club signed a new player on Monday. \"I am very happy here,\" the Spaniard said.")
                .direct("I am very happy here,").speakerHas("Spaniard"));

        rows.add(en("'rejected allegations he …' reports the clause of the allegations, for the one rejecting them",
                "Speaking in court, Mr Grant rejected allegations he forced his deputy to change the accounts.")
                .reported("he forced his deputy to change the accounts").speakerHas("Grant"));
        rows.add(en("'denied claims that …' reports the clause once, after 'claims that'",
                "Mr Grant has denied claims that he knew the books were wrong.")
                .reported("he knew the books were wrong").count(ClaimKind.REPORTED, 1));
        rows.add(en("'rejected the bid' is no cue",
                "The board rejected the bid from the rival firm on Monday.")
                .count(ClaimKind.REPORTED, 0));

        rows.add(en("'\"…,\" X told Radio Norte.' names the channel, and a later 'he added' carries it over narration",
                "\"I am very happy here,\" Jo Brandt told Radio Norte. \"It is a big club.\" The club has won ten"
                        + " titles since 1990. \"I hope to win many more,\" he added.")
                .direct("I hope to win many more,").speakerHas("Jo Brandt").source("Radio Norte"));
        rows.add(en("the quotation going on with no cue of its own does not cite the channel again",
                "\"I am very happy here,\" Jo Brandt told Radio Norte. \"It is a big club.\" The club has won ten"
                        + " titles since 1990. \"I hope to win many more,\" he added.")
                .direct("It is a big club.").speakerHas("Jo Brandt").noSource());
        rows.add(en("a person named before is an addressee, not a channel: '\"…,\" X told Ann Wood.'",
                "Ann Wood met the new player at the airport. \"I am very happy here,\" Jo Brandt told Ann Wood.")
                .direct("I am very happy here,").speakerHas("Jo Brandt").noSource());

        rows.add(en("'the money from the Treasury announced by Chancellor X' is a reduced passive, no cue",
                "The settlement includes the full pounds 7m from the Treasury announced by Chancellor Tom Grant.")
                .count(ClaimKind.REPORTED, 0));
        rows.add(en("'said by the end of the year …' is active: the clause is reported",
                "Mr Grant said by the end of the year the new line would be open.")
                .reported("by the end of the year the new line would be open").speakerHas("Grant"));

        rows.add(whole("an English headline 'X denies <charge>' of two words reports the charge denied", null,
                "Grant denies tax fraud\n\nFormer bank chief Tom Grant has denied charges of fraud and theft.")
                .reported("tax fraud").speakerHas("Tom Grant"));
        rows.add(whole("an English headline 'X denies <one word>' reports nothing", null,
                "Grant denies everything\n\nFormer bank chief Tom Grant has denied charges of fraud and theft.")
                .noClaimQuoting("everything"));

        return rows.stream().map(r -> Arguments.of(Named.of(r.name, r)));
    }

    @Test
    void photoCreditsCaptionsAndUpdateNotesYieldNoClaim() {
        String text = "عنوان\n\nوقال بوتين إن “الوضع مستقر تماما الآن”.\n\nأحمد علي / وكالة فرانس برس / غيتي إيماجز\n\n"
                + "بوتين يتحدث إلى الصحفيين في الكرملين.\n\nهذه القصة تم تحديثها.\n\n“كاتب. مسافر. محب للقهوة. قارئ.”";
        Extraction x = EXTRACTOR.extract(text, null);
        List<SegmentKind> kinds = x.segments().stream().map(Segment::kind).toList();
        assertEquals(List.of(SegmentKind.TITLE, SegmentKind.BODY, SegmentKind.CREDIT, SegmentKind.CAPTION,
                SegmentKind.BOILERPLATE, SegmentKind.BOILERPLATE), kinds);
        assertEquals(1, x.claims().size(), x.claims().toString());
    }

    @Test
    void emptyAndBlankTextGiveNoClaims() {
        assertTrue(EXTRACTOR.extract("", null).claims().isEmpty());
        assertTrue(EXTRACTOR.extract("  \n\n ", null).segments().isEmpty());
        assertNotNull(EXTRACTOR.extract(null, null));
    }

    // ---- the table's row ------------------------------------------------------------------------------

    private static Row ar(String name, String body) {
        return new Row(name, null, "عنوان الخبر\n\n" + body);
    }

    private static Row en(String name, String body) {
        return new Row(name, Language.EN, "A headline\n\n" + body);
    }

    private static Row whole(String name, Language lang, String text) {
        return new Row(name, lang, text);
    }

    private static String speakerOf(ClaimCandidate c) {
        return c.speaker() == null ? null : c.speaker().name();
    }

    private static String sourceOf(ClaimCandidate c) {
        return c.source() == null ? null : c.source().name();
    }

    /** One text, the claim to look at (kind and exact quotation) and what must hold. */
    static final class Row {
        final String name;
        private final Language lang;
        private final String text;
        private ClaimKind kind;
        private String quote;
        private String speaker;
        private String speakerHas;
        private String speakerNot;
        private String speakerNotHas;
        private String source;
        private boolean noSource;
        private Boolean known;
        private final Set<ClaimFlag> flags = EnumSet.noneOf(ClaimFlag.class);
        private final Set<ClaimFlag> noFlags = EnumSet.noneOf(ClaimFlag.class);
        private final List<Runnable> counts = new ArrayList<>();
        private List<ClaimCandidate> claims;

        Row(String name, Language lang, String text) {
            this.name = name;
            this.lang = lang;
            this.text = text;
        }

        Row direct(String q) {
            kind = ClaimKind.DIRECT;
            quote = q;
            return this;
        }

        Row reported(String q) {
            kind = ClaimKind.REPORTED;
            quote = q;
            return this;
        }

        Row speaker(String s) {
            speaker = s;
            return this;
        }

        Row speakerHas(String s) {
            speakerHas = s;
            return this;
        }

        Row speakerNot(String s) {
            speakerNot = s;
            return this;
        }

        Row speakerNotHas(String s) {
            speakerNotHas = s;
            return this;
        }

        Row source(String s) {
            source = s;
            return this;
        }

        Row noSource() {
            noSource = true;
            return this;
        }

        Row known(boolean k) {
            known = k;
            return this;
        }

        Row flag(ClaimFlag f) {
            flags.add(f);
            return this;
        }

        Row noFlag(ClaimFlag f) {
            noFlags.add(f);
            return this;
        }

        Row total(int n) {
            counts.add(() -> assertEquals(n, claims.size(), () -> "claims: " + claims));
            return this;
        }

        Row count(ClaimKind k, int n) {
            counts.add(() -> assertEquals(n, claims.stream().filter(c -> c.kind() == k).count(),
                    () -> k + " claims: " + claims));
            return this;
        }

        Row noClaimQuoting(String q) {
            counts.add(() -> assertTrue(claims.stream().noneMatch(c -> c.quote().equals(q)), () -> claims.toString()));
            return this;
        }

        Row expect(String what, Predicate<List<ClaimCandidate>> test) {
            counts.add(() -> assertTrue(test.test(claims), () -> what + ": " + claims));
            return this;
        }

        void check() {
            Extraction x = EXTRACTOR.extract(text, lang);
            claims = x.claims();
            for (ClaimCandidate c : claims) {
                assertEquals(c.quote(), text.substring(c.start(), c.end()), "offsets must cut out the quote");
            }
            counts.forEach(Runnable::run);
            if (quote == null) {
                return;
            }
            ClaimCandidate c = claims.stream().filter(x1 -> x1.kind() == kind && x1.quote().equals(quote)).findFirst()
                    .orElseThrow(() -> new AssertionError("no " + kind + " claim «" + quote + "» in " + claims));
            if (speaker != null) {
                assertEquals(speaker, speakerOf(c));
            }
            if (speakerHas != null) {
                assertTrue(speakerOf(c) != null && speakerOf(c).contains(speakerHas), speakerOf(c));
            }
            if (speakerNot != null) {
                assertNotEquals(speakerNot, speakerOf(c));
            }
            if (speakerNotHas != null) {
                assertFalse(speakerOf(c) != null && speakerOf(c).contains(speakerNotHas), speakerOf(c));
            }
            if (source != null) {
                assertEquals(source, sourceOf(c));
            }
            if (noSource) {
                assertNull(c.source(), () -> "source: " + c.source());
            }
            if (known != null) {
                assertEquals(known, c.speaker() != null && c.speaker().known());
            }
            for (ClaimFlag f : flags) {
                assertTrue(c.flags().contains(f), () -> f + " missing: " + c.flags());
            }
            for (ClaimFlag f : noFlags) {
                assertFalse(c.flags().contains(f), () -> f + " present: " + c.flags());
            }
        }

        @Override
        public String toString() {
            return name;
        }
    }
}
