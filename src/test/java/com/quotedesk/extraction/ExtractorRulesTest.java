package com.quotedesk.extraction;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * One general rule of news writing per test, on small sentences written for the test (never taken
 * from the corpus), in Arabic and English. Each article gets a title line first, as real ones do.
 */
class ExtractorRulesTest {

    private static final Extractor EXTRACTOR = new Extractor(Lexicon.seed());

    private static List<ClaimCandidate> claims(String body) {
        String text = "عنوان الخبر\n\n" + body;
        Extraction x = EXTRACTOR.extract(text, null);
        for (ClaimCandidate c : x.claims()) {
            assertEquals(c.quote(), text.substring(c.start(), c.end()), "offsets must cut out the quote");
        }
        return x.claims();
    }

    private static List<ClaimCandidate> claimsEn(String body) {
        String text = "A headline\n\n" + body;
        Extraction x = EXTRACTOR.extract(text, Language.EN);
        for (ClaimCandidate c : x.claims()) {
            assertEquals(c.quote(), text.substring(c.start(), c.end()), "offsets must cut out the quote");
        }
        return x.claims();
    }

    private static ClaimCandidate only(List<ClaimCandidate> claims, ClaimKind kind, String quote) {
        for (ClaimCandidate c : claims) {
            if (c.kind() == kind && c.quote().equals(quote)) {
                return c;
            }
        }
        throw new AssertionError("no " + kind + " claim «" + quote + "» in " + claims);
    }

    private static String speaker(ClaimCandidate c) {
        return c.speaker() == null ? null : c.speaker().name();
    }

    private static String source(ClaimCandidate c) {
        return c.source() == null ? null : c.source().name();
    }

    @Test
    void arabicSayCueWithNamedSpeakerGivesQuoteAndSpeaker() {
        ClaimCandidate c = only(claims("وقال بوتين في مؤتمر صحفي: “سنواصل العمل مع شركائنا”."),
                ClaimKind.DIRECT, "سنواصل العمل مع شركائنا");
        assertEquals("Vladimir Putin", speaker(c));
        assertNull(c.source());
    }

    @Test
    void unknownArabicNameLosesTitleAndAppositionCommas() {
        ClaimCandidate c = only(claims("وقال وزير المالية المصري، محمد سليمان، إن “الاقتصاد يتعافى بسرعة كبيرة”."),
                ClaimKind.DIRECT, "الاقتصاد يتعافى بسرعة كبيرة");
        assertEquals("محمد سليمان", speaker(c));
        assertFalse(c.speaker().known());
    }

    @Test
    void bareWaQalaContinuesTheLastSpeakerAndIsFlaggedInferred() {
        List<ClaimCandidate> cs = claims("وقال كيم إن “التعاون سيستمر طويلا”.\n\nوأضاف أن “الطرفين متفقان على كل شيء”.");
        ClaimCandidate c = only(cs, ClaimKind.DIRECT, "الطرفين متفقان على كل شيء");
        assertEquals("Kim Jong Un", speaker(c));
        assertTrue(c.flags().contains(ClaimFlag.INFERRED_SPEAKER));
    }

    @Test
    void captionBetweenParagraphsDoesNotBreakTheChainOfSpeakers() {
        List<ClaimCandidate> cs = claims("وقال أوشاكوف إن “المحادثات كانت مثمرة جدا”.\n\nفلان الفلاني / رويترز\n\n"
                + "الرئيس الروسي يصافح ضيفه في موسكو.\n\nوقال إن “الجانبين سيلتقيان مجددا”.");
        assertEquals("Yuri Ushakov", speaker(only(cs, ClaimKind.DIRECT, "الجانبين سيلتقيان مجددا")));
    }

    @Test
    void relayNaqalatXAnYGivesSpeakerYAndSourceX() {
        ClaimCandidate c = only(claims("ونقلت وكالة رويترز عن مسؤول أمريكي قوله إن “الصواريخ وصلت الأسبوع الماضي”."),
                ClaimKind.DIRECT, "الصواريخ وصلت الأسبوع الماضي");
        assertEquals("unnamed US official", speaker(c));
        assertEquals("Reuters", source(c));
        assertTrue(c.flags().contains(ClaimFlag.ANONYMOUS_SPEAKER));
    }

    @Test
    void laterTheAgencyResolvesToTheAgencyNamedBefore() {
        List<ClaimCandidate> cs = claims("نقلت وكالة تاس عن بيسكوف قوله إن “الاجتماع سيعقد قريبا جدا”.\n\n"
                + "ونقلت الوكالة عن لافروف قوله إن “الموعد لم يتحدد بعد”.");
        ClaimCandidate c = only(cs, ClaimKind.DIRECT, "الموعد لم يتحدد بعد");
        assertEquals("Sergei Lavrov", speaker(c));
        assertEquals("TASS", source(c));
        assertTrue(c.flags().contains(ClaimFlag.STATE_MEDIA_SOURCE));
    }

    @Test
    void trailingWifqanLiGivesTheChannelOfTheSentence() {
        ClaimCandidate c = only(claims("وقال بوتين إن “الزيارة تاريخية بكل المقاييس”، وفقا لوكالة سبوتنيك."),
                ClaimKind.DIRECT, "الزيارة تاريخية بكل المقاييس");
        assertEquals("Vladimir Putin", speaker(c));
        assertEquals("Sputnik", source(c));
    }

    @Test
    void wifqanLiAloneMakesAReportedClaimOfItsSentence() {
        ClaimCandidate c = only(claims("وصلت شحنة جديدة من الأسلحة إلى الميناء يوم الاثنين، وفقا لوكالة رويترز."),
                ClaimKind.REPORTED, "وصلت شحنة جديدة من الأسلحة إلى الميناء يوم الاثنين");
        assertEquals("Reuters", speaker(c));
        assertEquals("Reuters", source(c));
    }

    @Test
    void arabicReportedSpeechWithAnnaIsAReportedClaim() {
        ClaimCandidate c = only(claims("وأكدت مصادر مطلعة أن المفاوضات ستستأنف الأسبوع المقبل في الدوحة."),
                ClaimKind.REPORTED, "المفاوضات ستستأنف الأسبوع المقبل في الدوحة");
        assertEquals("unnamed sources", speaker(c));
        assertTrue(c.flags().contains(ClaimFlag.ANONYMOUS_SPEAKER));
    }

    @Test
    void chantIsAttributedToTheCrowd() {
        ClaimCandidate c = only(claims("وردد المتظاهرون هتافات “الشعب يريد التغيير” في الساحة."),
                ClaimKind.DIRECT, "الشعب يريد التغيير");
        assertEquals("crowd", speaker(c));
    }

    @Test
    void titleAliasResolvesOnlyInsideAnArticleThatNamesTheParty() {
        List<ClaimCandidate> named = claims("وصل فلاديمير بوتين إلى بكين.\n\nوقال الرئيس الروسي إن “العلاقات ممتازة جدا”.");
        assertEquals("Vladimir Putin", speaker(only(named, ClaimKind.DIRECT, "العلاقات ممتازة جدا")));
        List<ClaimCandidate> unnamed = claims("وقال الرئيس الروسي إن “العلاقات ممتازة جدا”.");
        assertNotEquals("Vladimir Putin", speaker(only(unnamed, ClaimKind.DIRECT, "العلاقات ممتازة جدا")));
    }

    private static void assertNotEquals(String a, String b) {
        org.junit.jupiter.api.Assertions.assertNotEquals(a, b);
    }

    @Test
    void nameInQuotesAfterAgencyIsNotAClaim() {
        List<ClaimCandidate> cs = claims("وقال بوتين، في مقابلة مع وكالة \"نوفوستي\"، إن \"العلاقات جيدة مع الجميع\".");
        assertTrue(cs.stream().noneMatch(c -> c.quote().equals("نوفوستي")), cs.toString());
        assertEquals("Vladimir Putin", speaker(only(cs, ClaimKind.DIRECT, "العلاقات جيدة مع الجميع")));
    }

    @Test
    void reversedAndMixedCurlyMarksStillPair() {
        List<ClaimCandidate> cs = claims("وقال ماكرون: ”لن نتراجع عن قرارنا أبدا“. وأضاف: \"سنرد بالمثل على كل خطوة“.");
        assertEquals("Emmanuel Macron", speaker(only(cs, ClaimKind.DIRECT, "لن نتراجع عن قرارنا أبدا")));
        assertEquals("Emmanuel Macron", speaker(only(cs, ClaimKind.DIRECT, "سنرد بالمثل على كل خطوة")));
    }

    @Test
    void guillemetsWithInnerSpacesAreTrimmed() {
        ClaimCandidate c = only(claims("وقال أردوغان إن « تركيا لن تقبل بهذا الوضع » أبدا."),
                ClaimKind.DIRECT, "تركيا لن تقبل بهذا الوضع");
        assertEquals("Recep Tayyip Erdogan", speaker(c));
    }

    @Test
    void strayClosingMarkIsFlaggedNotPaired() {
        List<ClaimCandidate> cs = claims("وقال كيم إن “السلام ممكن في المنطقة”. ”");
        ClaimCandidate c = only(cs, ClaimKind.DIRECT, "السلام ممكن في المنطقة");
        assertTrue(c.flags().contains(ClaimFlag.UNBALANCED_QUOTES));
        assertEquals(1, cs.stream().filter(x -> x.kind() == ClaimKind.DIRECT).count());
    }

    @Test
    void englishQuoteThenSaidNameTakesTheNameAfter() {
        ClaimCandidate c = only(claimsEn("\"The talks will continue next week in Geneva\", said Reuters."),
                ClaimKind.DIRECT, "The talks will continue next week in Geneva");
        assertEquals("Reuters", speaker(c));
    }

    @Test
    void englishQuoteThenNameSaidTakesTheName() {
        List<ClaimCandidate> cs = claimsEn("Environment spokesperson Jane Miller said the files were safe.\n\n"
                + "\"We have checked every single one of them,\" Miller said.");
        assertEquals("Jane Miller", speaker(only(cs, ClaimKind.REPORTED, "the files were safe")));
        assertEquals("Jane Miller", speaker(only(cs, ClaimKind.DIRECT, "We have checked every single one of them,")));
    }

    @Test
    void englishPronounContinuesTheSpeakerAndItAddedToo() {
        List<ClaimCandidate> cs = claimsEn("\"Provocation deserves a harsh answer from us all\", said KCNA. "
                + "\"Our army is fully ready for any battle\", it added.");
        ClaimCandidate c = only(cs, ClaimKind.DIRECT, "Our army is fully ready for any battle");
        assertEquals("KCNA", speaker(c));
        assertTrue(c.flags().contains(ClaimFlag.INFERRED_SPEAKER));
    }

    @Test
    void englishAppositionIsSkippedToFindTheName() {
        ClaimCandidate c = only(claimsEn("Hugh Hill, a local doctor, said the clinic would reopen on Monday."),
                ClaimKind.REPORTED, "the clinic would reopen on Monday");
        assertEquals("Hugh Hill", speaker(c));
    }

    @Test
    void englishToldOutletMakesTheOutletTheChannel() {
        ClaimCandidate c = only(claimsEn("Minister Anna Berg told Reuters: \"We will not sign this agreement today.\""),
                ClaimKind.DIRECT, "We will not sign this agreement today.");
        assertEquals("Anna Berg", speaker(c));
        assertEquals("Reuters", source(c));
    }

    @Test
    void englishAccordingToQuotingGivesSpeakerAndChannel() {
        ClaimCandidate c = only(claimsEn("According to Yonhap, quoting KCNA, the army was put on high alert overnight."),
                ClaimKind.REPORTED, "the army was put on high alert overnight");
        assertEquals("KCNA", speaker(c));
        assertEquals("Yonhap", source(c));
    }

    @Test
    void multiParagraphQuoteReopensTheMarkAndKeepsTheSpeaker() {
        List<ClaimCandidate> cs = claimsEn("Campaigner Ruth Ames said: \"The plan is rushed and it will fail many people.\n\n"
                + "\"Nobody should lose their home because of a form.\"");
        ClaimCandidate second = only(cs, ClaimKind.DIRECT, "Nobody should lose their home because of a form.");
        assertEquals("Ruth Ames", speaker(second));
        assertTrue(second.flags().contains(ClaimFlag.CONTINUED_QUOTE));
    }

    @Test
    void scareQuoteWithoutAttributionIsFlagged() {
        ClaimCandidate c = only(claimsEn("The papers were kept in \"secure boxes\" until the move."),
                ClaimKind.DIRECT, "secure boxes");
        assertTrue(c.flags().contains(ClaimFlag.SCARE_QUOTE));
    }

    @Test
    void headlineQuoteTakesTheSpeakerOfTheBodyQuoteItRepeats() {
        String text = "Army on 'high alert' after shelling\n\nThe army is on \"high alert\", said KCNA on Friday.";
        Extraction x = EXTRACTOR.extract(text, Language.EN);
        ClaimCandidate head = x.claims().get(0);
        assertEquals("high alert", head.quote());
        assertEquals("KCNA", speaker(head));
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
    void arabicSpeakerTellingAnAgencyMakesTheAgencyTheChannel() {
        ClaimCandidate c = only(claims("وقال مصدر أمني لوكالة فرانس برس إن الهجوم وقع فجر اليوم قرب الحدود."),
                ClaimKind.REPORTED, "الهجوم وقع فجر اليوم قرب الحدود");
        assertEquals("unnamed sources", speaker(c));
        assertEquals("AFP", source(c));
    }

    @Test
    void arabicFamilyNameWithTheArticleStaysInTheNameAndResolvesLater() {
        List<ClaimCandidate> cs = claims("قال رئيس الوزراء العراقي محمد شياع السوداني إن “الحكومة لن تسمح بأي اعتداء”.\n\n"
                + "“لن نتراجع عن هذا القرار”، قال السوداني في كلمة متلفزة.");
        assertEquals("محمد شياع السوداني", speaker(only(cs, ClaimKind.DIRECT, "الحكومة لن تسمح بأي اعتداء")));
        assertEquals("محمد شياع السوداني", speaker(only(cs, ClaimKind.DIRECT, "لن نتراجع عن هذا القرار")));
    }

    @Test
    void englishSaidInAStatementThatReportsTheClauseAfterThat() {
        ClaimCandidate c = only(claimsEn("The ministry said in a statement that it had opened an investigation."),
                ClaimKind.REPORTED, "it had opened an investigation");
        assertEquals("ministry", speaker(c));
    }

    @Test
    void aQuotationOpeningTheNextSentenceKeepsTheVoiceOfTheParagraph() {
        List<ClaimCandidate> cs = claimsEn("\"It is a dark day for all of us,\" Mayor Tom Reid added. \"We will rebuild.\"");
        ClaimCandidate c = only(cs, ClaimKind.DIRECT, "We will rebuild.");
        assertEquals("Tom Reid", speaker(c));
        assertTrue(c.flags().contains(ClaimFlag.INFERRED_SPEAKER));
    }

    @Test
    void arabicSubjectBeforeTheCueIsTheSpeaker() {
        ClaimCandidate c = only(claims("صحيفة الأفق اليومية قالت إن الانتخابات ستؤجل إلى الربيع المقبل."),
                ClaimKind.REPORTED, "الانتخابات ستؤجل إلى الربيع المقبل");
        assertEquals("صحيفة الأفق اليومية", speaker(c));
    }

    @Test
    void sentenceEndingWithKamaAalanaIsAReportedClaimOfThatParty() {
        ClaimCandidate c = only(claims("يبدأ وفدا البلدين محادثات جديدة في جنيف الأسبوع المقبل، كما أعلن المنظمون."),
                ClaimKind.REPORTED, "يبدأ وفدا البلدين محادثات جديدة في جنيف الأسبوع المقبل");
        assertEquals("المنظمون", speaker(c));
    }

    @Test
    void nameSetOffByCommasAfterAnUnknownTitlePhraseIsTheSpeaker() {
        ClaimCandidate c = only(claims("وقال مساعد النرويج في المنظمة، ينس هولم، إن “الحوار هو الطريق الوحيد”."),
                ClaimKind.DIRECT, "الحوار هو الطريق الوحيد");
        assertEquals("ينس هولم", speaker(c));
    }

    @Test
    void cueWordAfterAdamIsAVerbalNounNotASecondSpeaker() {
        List<ClaimCandidate> cs = claims("وقال دبلوماسي غربي، طالبا عدم كشف هويته، إن المفاوضات وصلت إلى طريق مسدود.");
        ClaimCandidate c = only(cs, ClaimKind.REPORTED, "المفاوضات وصلت إلى طريق مسدود");
        assertEquals(1, cs.size(), () -> "one claim only: " + cs);
        assertTrue(speaker(c).contains("دبلوماسي"), speaker(c));
    }

    @Test
    void spokespersonForAnOrganisationSpeaksNotTheCountryInsideTheName() {
        ClaimCandidate c = only(claims("وقال المتحدث باسم وزارة الصحة السعودية إن “الوضع تحت السيطرة”."),
                ClaimKind.DIRECT, "الوضع تحت السيطرة");
        assertEquals("المتحدث باسم وزارة الصحة السعودية", speaker(c));
    }

    @Test
    void contrastiveConnectiveStartsASecondAttribution() {
        List<ClaimCandidate> cs = claims("وقال الدفاع المدني إن “النيران امتدت إلى الغابة”، بينما أوضح مسؤول محلي أن"
                + " عدد المصابين ارتفع إلى عشرة.");
        assertEquals("unnamed official", speaker(only(cs, ClaimKind.REPORTED, "عدد المصابين ارتفع إلى عشرة")));
        assertEquals(2, cs.size(), () -> "the quotation and the official's clause: " + cs);
    }

    @Test
    void shortQuotationAfterADemonstrativeIsAScareQuote() {
        List<ClaimCandidate> cs = claims("وأوضح الوزير أن هذه “الخطة” لا تشمل رفع الأسعار في الوقت الحالي.");
        assertTrue(only(cs, ClaimKind.DIRECT, "الخطة").flags().contains(ClaimFlag.SCARE_QUOTE));
    }

    @Test
    void shortQuotationFarBeforeTheCueIsAScareQuote() {
        List<ClaimCandidate> cs = claims("وعندما وصل إلى “السوق القديمة”، وجد صديقه هناك، وقال المزارع “كانت الأسعار مرتفعة جدا اليوم”.");
        assertTrue(only(cs, ClaimKind.DIRECT, "السوق القديمة").flags().contains(ClaimFlag.SCARE_QUOTE));
        assertFalse(only(cs, ClaimKind.DIRECT, "كانت الأسعار مرتفعة جدا اليوم").flags().contains(ClaimFlag.SCARE_QUOTE));
    }

    @Test
    void quotationOpeningWithANameAndAColonBeforeAnotherMarkIsAStrayMark() {
        List<ClaimCandidate> cs = claims("وقالت لـ\"بي.بي.سي: \"لم يكن أمامي خيار آخر سوى الرحيل مع أطفالي.\"");
        assertTrue(cs.stream().filter(c -> c.kind() == ClaimKind.DIRECT).anyMatch(c -> !c.flags().contains(ClaimFlag.SCARE_QUOTE)
                && c.quote().startsWith("لم يكن")), () -> cs.toString());
        assertTrue(cs.stream().filter(c -> c.kind() == ClaimKind.DIRECT && c.quote().startsWith("بي"))
                .allMatch(c -> c.flags().contains(ClaimFlag.SCARE_QUOTE)), () -> cs.toString());
    }

    @Test
    void quotationAfterANamingVerbIsAName() {
        List<ClaimCandidate> cs = claimsEn("Writing in his column, John Smith dubbed the long dispute over the bridge:"
                + " \"Town vs. the river, round three\".");
        assertTrue(only(cs, ClaimKind.DIRECT, "Town vs. the river, round three").flags().contains(ClaimFlag.SCARE_QUOTE));
        List<ClaimCandidate> on = claimsEn("Writing in his column, John Smith dubbed the long dispute over the bridge:"
                + " \"Town vs. the river, round three\".\n\nHe described the dispute as \"a quarrel that nobody in the town"
                + " will win\".");
        assertEquals("John Smith", speaker(only(on, ClaimKind.DIRECT, "a quarrel that nobody in the town will win")));
    }

    @Test
    void shortQuotationClosingAnOrganisationNameIsItsAcronym() {
        List<ClaimCandidate> cs = claims("ويذكر أن الجيش أعلن قصف مواقع تابعة لحركة التحرير الوطني “فتح” في المدينة.");
        assertTrue(only(cs, ClaimKind.DIRECT, "فتح").flags().contains(ClaimFlag.SCARE_QUOTE));
    }

    @Test
    void titleCreditingAPullQuoteIsNoClaim() {
        List<ClaimCandidate> cs = claimsEn("\"The river has never been this low in my lifetime.\" Local fisherman, \"Why the river is"
                + " dying\"");
        assertTrue(only(cs, ClaimKind.DIRECT, "Why the river is dying").flags().contains(ClaimFlag.SCARE_QUOTE));
    }

    @Test
    void lyricsAfterASingingVerbAreNoClaim() {
        List<ClaimCandidate> ar = claims("ويظهر المغني في المسرح مغنيا: “نريد أن نرقص”، و“نحن نحب هذه المدينة كثيرا”.");
        assertTrue(only(ar, ClaimKind.DIRECT, "نحن نحب هذه المدينة كثيرا").flags().contains(ClaimFlag.SCARE_QUOTE));
        List<ClaimCandidate> en = claimsEn("Later in the show the band sang \"we are going home tonight my friends\".");
        assertTrue(only(en, ClaimKind.DIRECT, "we are going home tonight my friends").flags().contains(ClaimFlag.SCARE_QUOTE));
    }

    @Test
    void quotedNameAfterInstituteOrRadioIsNoClaim() {
        List<ClaimCandidate> cs = claims("وأظهر استطلاع أجراه معهد “إيفوب” لحساب إذاعة “فرانس إنفو” تراجع التأييد.");
        assertTrue(cs.stream().noneMatch(c -> c.kind() == ClaimKind.DIRECT), () -> cs.toString());
    }

    @Test
    void dottedAbbreviationDoesNotEndTheSentence() {
        ClaimCandidate c = only(claims("ونقلت شبكة \"سي.إن.إن\" عن المزارع قوله إن المحصول تضرر بشدة هذا العام."),
                ClaimKind.REPORTED, "المحصول تضرر بشدة هذا العام");
        assertEquals("CNN", source(c));
    }

    @Test
    void outletAfterTheCueWithLamIsTheAddresseeNotTheSpeaker() {
        ClaimCandidate c = only(claims("مسؤول آخر في الوزارة قال لـCNN إن “المفاوضات لم تنته بعد”."),
                ClaimKind.DIRECT, "المفاوضات لم تنته بعد");
        assertEquals("CNN", source(c));
        assertEquals("unnamed official", speaker(c));
    }

    @Test
    void narrationAfterAColonQuotationIsNotAReportedClause() {
        List<ClaimCandidate> cs = claims("وتابع الوزير: “سنفتح المعبر غدا”، في إشارة إلى الاتفاق الذي وقع"
                + " الأسبوع الماضي مع الجيران.");
        only(cs, ClaimKind.DIRECT, "سنفتح المعبر غدا");
        assertTrue(cs.stream().noneMatch(c -> c.kind() == ClaimKind.REPORTED), () -> cs.toString());
    }

    @Test
    void yudhkaruAnnaIsTheWritersBackgroundNotAClaim() {
        assertTrue(claims("ويذكر أن الجسر افتتح عام 1990 بعد أعوام من العمل.").isEmpty());
    }

    @Test
    void pollThatShowedIsAReportedClaimOfThePoll() {
        ClaimCandidate c = only(claims("وأظهر استطلاع للرأي أن غالبية السكان تؤيد المشروع الجديد."),
                ClaimKind.REPORTED, "غالبية السكان تؤيد المشروع الجديد");
        assertTrue(speaker(c).contains("استطلاع"), speaker(c));
    }

    @Test
    void longTitleAfterBiUnwanIsAName() {
        List<ClaimCandidate> cs = claims("وعرض المخرج فيلما قصيرا بعنوان “البحر هو البيت، البيت هو البحر”"
                + " في المهرجان.");
        assertTrue(cs.stream().noneMatch(c -> c.kind() == ClaimKind.DIRECT), () -> cs.toString());
    }

    @Test
    void englishCueEndingTheSentenceAfterACommaReportsTheWordsBefore() {
        ClaimCandidate c = only(claimsEn("Nearly a third of the city's bridges need urgent repairs, engineers say."),
                ClaimKind.REPORTED, "Nearly a third of the city's bridges need urgent repairs");
        assertEquals("engineers", speaker(c));
        ClaimCandidate d = only(claimsEn("The ferry service will resume next week, said Lena Holm."),
                ClaimKind.REPORTED, "The ferry service will resume next week");
        assertEquals("Lena Holm", speaker(d));
    }

    @Test
    void englishClaimsIsACueAsAVerbAndNotAsANoun() {
        ClaimCandidate c = only(claimsEn("Jonas Reed claims the river was poisoned by the factory."),
                ClaimKind.REPORTED, "the river was poisoned by the factory");
        assertEquals("Jonas Reed", speaker(c));
        assertTrue(claimsEn("The asylum claim acceptance rate rose, and the claims of the farmers were heard.")
                .isEmpty());
    }

    @Test
    void englishFoundAndStatesAreCuesOnlyBeforeThat() {
        ClaimCandidate c = only(claimsEn("The survey found that most patients recovered within a week."),
                ClaimKind.REPORTED, "most patients recovered within a week");
        assertTrue(speaker(c).contains("survey"), speaker(c));
        assertTrue(claimsEn("Police found the car near the border in the United States on Sunday.").isEmpty());
    }

    @Test
    void englishAccordingToACapitalisedNameWithoutAComma() {
        ClaimCandidate c = only(claimsEn("According to the Northern Water Authority over 200 homes lost power."),
                ClaimKind.REPORTED, "over 200 homes lost power");
        assertEquals("Northern Water Authority", speaker(c));
        only(claimsEn("The paper has learned that according to a leaked memo, the plant will close in May."),
                ClaimKind.REPORTED, "the plant will close in May");
    }

    @Test
    void englishClauseAfterTheAddresseeOrAnInsertedPhrase() {
        ClaimCandidate c = only(claimsEn("Ms Vega told the court that the contract had never been signed."),
                ClaimKind.REPORTED, "the contract had never been signed");
        assertTrue(speaker(c).contains("Vega"), speaker(c));
        only(claimsEn("Sam Ortiz said that, because the road was closed, the bus could not reach the village."),
                ClaimKind.REPORTED, "because the road was closed, the bus could not reach the village");
        only(claimsEn("The audit explains, in some detail, that the dam was never inspected."),
                ClaimKind.REPORTED, "the dam was never inspected");
    }

    @Test
    void englishPersonBeforeAnAffiliationSpeaks() {
        ClaimCandidate c = only(claimsEn("Maria Lund for the Harbour Trust says the pier will reopen in June."),
                ClaimKind.REPORTED, "the pier will reopen in June");
        assertEquals("Maria Lund", speaker(c));
        ClaimCandidate d = only(claimsEn("Peter Stone of The Globe and Mail wrote that the talks had failed."),
                ClaimKind.REPORTED, "the talks had failed");
        assertEquals("Peter Stone", speaker(d));
    }

    @Test
    void englishDottedSiteNameStaysWhole() {
        ClaimCandidate c = only(claimsEn("Other sites such as Vimeo.com have stated that they will keep the clip."),
                ClaimKind.REPORTED, "they will keep the clip");
        assertTrue(speaker(c).contains("Vimeo.com"), speaker(c));
    }

    @Test
    void englishTitleCaseWordsInQuotesAreAName() {
        List<ClaimCandidate> cs = claimsEn("The attack came from a user labelled \"Night Owl\" on the forum "
                + "\"Open Harbour\".");
        assertTrue(cs.stream().noneMatch(c -> c.kind() == ClaimKind.DIRECT), () -> cs.toString());
    }

    @Test
    void englishQualifiedOfficialsAreThatGroupNotAnonymous() {
        ClaimCandidate c = only(claimsEn("On Monday, Harbour officials said the pier would stay closed."),
                ClaimKind.REPORTED, "the pier would stay closed");
        assertEquals("Harbour officials", speaker(c));
        assertFalse(c.flags().contains(ClaimFlag.ANONYMOUS_SPEAKER));
    }

    @Test
    void englishTimeWordsBeforeTheCueAreNotTheSpeaker() {
        ClaimCandidate c = only(claimsEn("Posts on the forum of the Harbour Watch group from Friday theorized that "
                + "the pier had been closed."), ClaimKind.REPORTED, "the pier had been closed");
        assertFalse(speaker(c).contains("Friday"), speaker(c));
        ClaimCandidate d = only(claimsEn("A survey published in the Medical Review this week, revealed that "
                + "most nurses work overtime."), ClaimKind.REPORTED, "most nurses work overtime");
        assertFalse(speaker(d).contains("week"), speaker(d));
    }

    @Test
    void englishNameBeforeLongAppositionsSpeaks() {
        ClaimCandidate c = only(claimsEn("Professor Ann Moss, Director of the Coastal Study, and Chair of the "
                + "Harbour Council, says the water is safe."), ClaimKind.REPORTED, "the water is safe");
        assertEquals("Ann Moss", speaker(c));
        ClaimCandidate d = only(claimsEn("The Central Weather Office (CWO) recommends that farmers delay "
                + "planting."), ClaimKind.REPORTED, "farmers delay planting");
        assertTrue(speaker(d).contains("Central Weather Office"), speaker(d));
    }

    @Test
    void englishQuotationEndingASentenceEndsIt() {
        List<ClaimCandidate> cs = claimsEn("Ms Dale told the court that, in her view, \"the firm knew about the leak "
                + "and said nothing to anyone.\" However, the firm kept trading for a year and paid no fine.");
        only(cs, ClaimKind.DIRECT, "the firm knew about the leak and said nothing to anyone.");
        assertTrue(cs.stream().noneMatch(c -> c.kind() == ClaimKind.REPORTED), () -> cs.toString());
    }

    @Test
    void aliAsAFirstNameIsNotThePreposition() {
        List<ClaimCandidate> named = claims("وتحدث الوفد مع المسؤولين. علي حسني اتهم الحكومة بالسعي إلى رفع "
                + "الضرائب على الفقراء.");
        assertEquals(1, named.size(), () -> named.toString());
        assertEquals("علي حسني", speaker(named.get(0)));
        // the preposition spelled with ya stays a preposition
        List<ClaimCandidate> cs = claims("وقال المدير إن كان علي اتخاذ قرار سريع بشأن المصنع الجديد.");
        assertEquals("كان علي اتخاذ قرار سريع بشأن المصنع الجديد",
                only(cs, ClaimKind.REPORTED, "كان علي اتخاذ قرار سريع بشأن المصنع الجديد").quote());
    }

    @Test
    void theNewspaperMeansTheOneNamedLastEvenWithoutACue() {
        ClaimCandidate c = only(claims("ونشرت صحيفة النهار اللبنانية تقريرا عن الانتخابات. "
                + "صحيفة الفجر المحلية عنونت الأزمة الكبرى، وقالت الصحيفة إن الحكومة ستستقيل قريبا."),
                ClaimKind.REPORTED, "الحكومة ستستقيل قريبا");
        assertTrue(speaker(c).contains("الفجر"), speaker(c));
    }

    @Test
    void englishHeadlineWithACueIsAReportedClaimOfItsSubject() {
        Extraction x = EXTRACTOR.extract("Harbour pilot claims the port ignored safety warnings\n\n"
                + "Monday, May 4, 2020\n\n"
                + "A harbour pilot has spoken to reporters about the port.", Language.EN);
        ClaimCandidate c = only(x.claims(), ClaimKind.REPORTED, "the port ignored safety warnings");
        assertTrue(speaker(c).contains("pilot"), speaker(c));
        Extraction y = EXTRACTOR.extract("Insurance claims rise after the storm\n\nMonday, May 4, 2020\n\n"
                + "Insurers counted the damage.", Language.EN);
        assertTrue(y.claims().isEmpty(), () -> y.claims().toString());
    }

    @Test
    void emptyAndBlankTextGiveNoClaims() {
        assertTrue(EXTRACTOR.extract("", null).claims().isEmpty());
        assertTrue(EXTRACTOR.extract("  \n\n ", null).segments().isEmpty());
        assertNotNull(EXTRACTOR.extract(null, null));
    }
}
