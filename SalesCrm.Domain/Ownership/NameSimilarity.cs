namespace SalesCrm.Domain.Ownership;

/// <summary>
/// OWN-2's soft half: how alike two company name keys (<see cref="CompanyNameKey.For"/>) are, so the customer form
/// can hint "this may be a customer you already have" while the rep types. It only hints and never blocks: equal
/// keys are the strong match that refuses a registration, so they are not a "possible" duplicate here.
/// </summary>
/// <remarks>
/// <para>
/// Two measures, the larger wins. The Dice coefficient over the distinct character bigrams of the keys sees a name
/// that grew or shrank (华为技术 / 华为技术服务, Alibaba Cloud / Alibaba Cloud Computing); bigrams rather than words
/// because a Chinese key has no spaces to split on and the key has none left in Latin either. A bounded edit
/// distance sees a typo, which Dice punishes hard on short keys because one wrong character breaks two bigrams:
/// one edit for keys of 4 to 8 characters (华伟技术 for 华为技术, a pinyin input slip), two from 9 on (Hangzou Acme).
/// A typo within that allowance scores 1 − edits / longer length, at least 0.75, so it always clears the threshold.
/// </para>
/// <para>
/// <see cref="Threshold"/> is 0.6, in the gap between these pairs (Dice in brackets). Flagged: 华为技术 / 华为技术服务
/// (0.75), 小米科技 / 北京小米科技 (0.75), 娃哈哈 / 娃哈哈饮料 (0.67), Alibaba Cloud / Alibaba Cloud Computing (0.69),
/// Tencent Music / Tencent Music Entertainment (0.74), and lowest, Apex Precision Machinery / Apex Precision Tools
/// (0.63). Not flagged: Greenfield Logistics / Greenfield Foods (0.56), Hangzhou Acme Machinery / Hangzhou Acme
/// Electronics (0.54), 中国银行 / 中国建设银行 (0.5, two banks), 华为技术 / 华为终端 (0.33), and 北京华为 / 上海华为
/// (0.33): when the city is half of the name, the other half alone is a brand shared by separate companies (上海华信
/// and 苏州华信 are two customers, CompanyNameKey's tests), and hinting at every same-brand company in every city would
/// bury the hints that matter. With a longer shared part the city weighs less and the pair is flagged (杭州华信精密机械
/// / 苏州华信精密机械, 0.86): that is the branch a rep should be told about. 北京华为 / 南京华为 is flagged too, as a
/// typo: one character apart in four is what an input slip looks like, and a hint cannot tell a slip from a neighbour
/// city. The price of 0.6 is that a short brand with a long addition is missed (Siemens / Siemens Healthineers, 0.5;
/// Alibaba / Alibaba Cloud Computing, 0.42): lowering the threshold to catch those would flag Greenfield Foods for
/// Greenfield Logistics. A key of one or two characters never matches: nearly everything shares a bigram with it.
/// </para>
/// <para>
/// Numbers name different companies, not typos: when both keys carry numerals (digits or 〇零一二…十) and those
/// differ, the pair is not flagged, so 中建三局 / 中建八局 and Store 12 / Store 13 stay apart.
/// </para>
/// </remarks>
public static class NameSimilarity
{
    /// <summary>The similarity from which a pair is a possible duplicate; see the remarks for its calibration.</summary>
    public const double Threshold = 0.6;

    /// <summary>Keys shorter than this never match: one or two characters say too little about a company.</summary>
    public const int MinimumLength = 3;

    // Above this length the scratch buffers come from the heap; keys are at most Customer.NameMaxLength long.
    private const int StackLimit = 256;

    // Floating-point slack so a pair exactly at the threshold is not lost to rounding.
    private const double Epsilon = 1e-9;

    private const string ChineseNumerals = "〇零一二三四五六七八九十";

    /// <summary>How alike two keys are, in [0, 1]: 1 for equal keys, the larger of Dice and the typo score otherwise.</summary>
    public static double Similarity(string a, string b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        return string.Equals(a, b, StringComparison.Ordinal) ? 1 : WithTypo(a, b, Dice(a, b));
    }

    /// <summary>True when the keys differ but are alike enough to show the rep as a hint.</summary>
    public static bool IsPossibleDuplicate(string a, string b) => IsPossibleDuplicate(a, b, out _);

    /// <summary>As <see cref="IsPossibleDuplicate(string, string)"/>, also giving the <see cref="Similarity"/> that ranks the hint.</summary>
    public static bool IsPossibleDuplicate(string a, string b, out double similarity)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        similarity = Comparable(a, b) ? WithTypo(a, b, Dice(a, b)) : 0;
        return similarity >= Threshold - Epsilon;
    }

    /// <summary>
    /// The same answer as <see cref="IsPossibleDuplicate(string, string, out double)"/> for an index that has already
    /// counted each key's distinct <see cref="Bigrams"/> and those they share, so Dice costs nothing to recount.
    /// </summary>
    public static bool IsPossibleDuplicate(string a, int bigramsA, string b, int bigramsB, int sharedBigrams, out double similarity)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        similarity = Comparable(a, b) && bigramsA + bigramsB > 0 ? WithTypo(a, b, 2.0 * sharedBigrams / (bigramsA + bigramsB)) : 0;
        return similarity >= Threshold - Epsilon;
    }

    /// <summary>The Dice coefficient of the keys' distinct character bigrams: twice the shared ones over the sum of both counts.</summary>
    public static double Dice(string a, string b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        if (a.Length < 2 || b.Length < 2)
        {
            return 0;
        }

        Span<int> first = a.Length <= StackLimit ? stackalloc int[a.Length - 1] : new int[a.Length - 1];
        Span<int> second = b.Length <= StackLimit ? stackalloc int[b.Length - 1] : new int[b.Length - 1];
        first = first[..FillDistinctBigrams(a, first)];
        second = second[..FillDistinctBigrams(b, second)];
        int i = 0, j = 0, shared = 0;
        while (i < first.Length && j < second.Length)
        {
            var order = first[i].CompareTo(second[j]);
            shared += order == 0 ? 1 : 0;
            i += order <= 0 ? 1 : 0;
            j += order >= 0 ? 1 : 0;
        }

        return 2.0 * shared / (first.Length + second.Length);
    }

    /// <summary>
    /// The key's distinct bigrams, each as one int (first character in the high half), sorted: the unit an inverted
    /// index posts a key under and counts shared bigrams in.
    /// </summary>
    public static int[] Bigrams(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        if (key.Length < 2)
        {
            return [];
        }

        var bigrams = new int[key.Length - 1];
        return bigrams[..FillDistinctBigrams(key, bigrams)];
    }

    /// <summary>How many edits still count as a typo, by the length of the shorter key (short keys have no room for one).</summary>
    public static int TypoAllowance(int shorterLength) => shorterLength switch
    {
        < 4 => 0,
        <= 8 => 1,
        _ => 2,
    };

    /// <summary>The Levenshtein distance, or <paramref name="max"/> + 1 as soon as it is known to exceed <paramref name="max"/>.</summary>
    public static int EditDistance(string a, string b, int max)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        ArgumentOutOfRangeException.ThrowIfNegative(max);
        if (Math.Abs(a.Length - b.Length) > max)
        {
            return max + 1;
        }

        // Only cells within max of the diagonal can hold a distance of max or less, so only that band is computed
        // (Ukkonen); every cell outside it counts as "too far", max + 1.
        var tooFar = max + 1;
        Span<int> previous = b.Length < StackLimit ? stackalloc int[b.Length + 1] : new int[b.Length + 1];
        Span<int> current = b.Length < StackLimit ? stackalloc int[b.Length + 1] : new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = Math.Min(j, tooFar);
        }

        for (var i = 1; i <= a.Length; i++)
        {
            var from = Math.Max(1, i - max);
            var to = Math.Min(b.Length, i + max);
            current[from - 1] = from == 1 ? Math.Min(i, tooFar) : tooFar;
            var rowMinimum = current[from - 1];
            for (var j = from; j <= to; j++)
            {
                var substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
                current[j] = Math.Min(tooFar, Math.Min(substitution, Math.Min(previous[j], current[j - 1]) + 1));
                rowMinimum = Math.Min(rowMinimum, current[j]);
            }

            if (to < b.Length)
            {
                current[to + 1] = tooFar;
            }

            // Every later row is at least this row's minimum, so the distance cannot come back under the bound.
            if (rowMinimum > max)
            {
                return tooFar;
            }

            var swap = previous;
            previous = current;
            current = swap;
        }

        return previous[b.Length];
    }

    /// <summary>
    /// The fewest distinct bigrams two keys of these bigram counts and lengths must share for the pair to reach
    /// <see cref="Threshold"/>, so an index can skip every other candidate without scoring it. Dice needs
    /// shared ≥ Threshold × (sum of counts) / 2; a typo within the allowance breaks at most two bigrams per edit, so
    /// it keeps at least (larger count − 2 × edits). Never less than one: a pair sharing nothing is never alike.
    /// </summary>
    public static int MinimumSharedBigrams(int bigramsA, int lengthA, int bigramsB, int lengthB)
    {
        var forDice = (int)Math.Ceiling((Threshold * (bigramsA + bigramsB) / 2) - Epsilon);
        var allowance = TypoAllowance(Math.Min(lengthA, lengthB));
        var forTypo = allowance > 0 && Math.Abs(lengthA - lengthB) <= allowance ? Math.Max(bigramsA, bigramsB) - (2 * allowance) : int.MaxValue;
        return Math.Max(1, Math.Min(forDice, forTypo));
    }

    /// <summary>
    /// The fewest distinct bigrams any key must share with this one to be a possible duplicate of it, whatever its
    /// length: the first, cheapest cut of an index. Dice's bound is lowest when the other key holds nothing but the
    /// shared bigrams (shared ≥ Threshold × count / (2 − Threshold)), the typo's when the allowance is the largest.
    /// </summary>
    public static int MinimumSharedBigrams(int bigrams, int length)
    {
        var forDice = (int)Math.Ceiling((Threshold * bigrams / (2 - Threshold)) - Epsilon);
        var allowance = TypoAllowance(length);
        var forTypo = allowance > 0 ? bigrams - (2 * allowance) : int.MaxValue;
        return Math.Max(1, Math.Min(forDice, forTypo));
    }

    /// <summary>Neither key too short, not the same key (the strong match), and no numbers that tell them apart.</summary>
    private static bool Comparable(string a, string b) =>
        a.Length >= MinimumLength && b.Length >= MinimumLength && !string.Equals(a, b, StringComparison.Ordinal) && !NumbersDiffer(a, b);

    /// <summary>Raises <paramref name="dice"/> to the typo score when the keys are within the typo allowance of each other.</summary>
    private static double WithTypo(string a, string b, double dice)
    {
        var allowance = TypoAllowance(Math.Min(a.Length, b.Length));
        var longer = Math.Max(a.Length, b.Length);
        // The best a typo can score is one edit; when Dice is already there, the edit distance cannot change the answer.
        if (allowance == 0 || Math.Abs(a.Length - b.Length) > allowance || dice >= 1 - (1.0 / longer))
        {
            return dice;
        }

        var edits = EditDistance(a, b, allowance);
        return edits > allowance ? dice : Math.Max(dice, 1 - ((double)edits / longer));
    }

    private static int FillDistinctBigrams(string key, Span<int> bigrams)
    {
        for (var i = 0; i < key.Length - 1; i++)
        {
            bigrams[i] = (key[i] << 16) | key[i + 1];
        }

        bigrams.Sort();
        var distinct = 0;
        for (var i = 0; i < bigrams.Length; i++)
        {
            if (distinct == 0 || bigrams[i] != bigrams[distinct - 1])
            {
                bigrams[distinct++] = bigrams[i];
            }
        }

        return distinct;
    }

    private static bool NumbersDiffer(string a, string b)
    {
        Span<char> first = a.Length <= StackLimit ? stackalloc char[a.Length] : new char[a.Length];
        Span<char> second = b.Length <= StackLimit ? stackalloc char[b.Length] : new char[b.Length];
        first = first[..Numerals(a, first)];
        second = second[..Numerals(b, second)];
        return first.Length > 0 && second.Length > 0 && !first.SequenceEqual(second);
    }

    private static int Numerals(string key, Span<char> numerals)
    {
        var count = 0;
        foreach (var c in key)
        {
            if (char.IsAsciiDigit(c) || ChineseNumerals.Contains(c, StringComparison.Ordinal))
            {
                numerals[count++] = c;
            }
        }

        return count;
    }
}
