using SalesCrm.Domain.Common;

namespace SalesCrm.Domain.Customers;

/// <summary>
/// Unified social credit code (统一社会信用代码, GB 32100-2015): 18 characters from a 31-character alphabet (no I, O, S,
/// V, Z). Character 1 is the registration authority, 2 the organisation category, 3–8 the administrative division of
/// the registration authority (GB/T 2260), 9–17 the organisation code (GB 11714) whose 17th character is its own check
/// digit, and 18 a check character over the first 17 (weights 3^i mod 31). A hard key for OWN-2.
/// </summary>
public sealed record Uscc
{
    public const int Length = 18;
    private const string Alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private const string NationalDivision = "100000";
    private static readonly int[] Weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
    private static readonly int[] OrganisationWeights = [3, 7, 9, 10, 5, 8, 4, 2];

    private Uscc(string value) => Value = value;

    public string Value { get; }

    /// <summary>Upper-cases, drops spaces and full-width forms a user may paste, then checks.</summary>
    public static string Normalise(string input) =>
        new(Text.WithBrokenCharactersReplaced(input).Normalize(System.Text.NormalizationForm.FormKC).Where(c => !char.IsWhiteSpace(c))
            .Select(char.ToUpperInvariant).ToArray());

    /// <summary>Why the code is invalid, naming the first part from the left that is wrong; null for a valid or empty code.</summary>
    public static FieldError? Validate(string? input)
    {
        if (string.IsNullOrWhiteSpace(input))
        {
            return null;
        }

        // Spaces a user types between the groups may make the input longer than 18, so only its characters are checked here.
        if (Text.Check(input, int.MaxValue) is { } refused)
        {
            return refused;
        }

        var value = Normalise(input);
        if (value.Length != Length)
        {
            return new FieldError("Uscc.Length", "A unified social credit code has exactly 18 characters.");
        }

        if (value.Any(c => !Alphabet.Contains(c, StringComparison.Ordinal)))
        {
            return new FieldError("Uscc.Characters", "A unified social credit code uses only digits and capital letters other than I, O, S, V and Z.");
        }

        if (CategoriesOf(value[0]) is not { } categories)
        {
            return new FieldError("Uscc.Authority", "This unified social credit code is not valid: its first character must name a registration authority (1 to 9, A, N or Y).");
        }

        if (!categories.Contains(value[1], StringComparison.Ordinal))
        {
            return new FieldError("Uscc.Category", "This unified social credit code is not valid: its second character is not an organisation category of the registration authority its first character names.");
        }

        if (!IsRegistrationDivision(value.Substring(2, 6)))
        {
            return new FieldError("Uscc.Division", "This unified social credit code is not valid: characters 3 to 8 must be the administrative division code of the registration authority, such as 330106.");
        }

        if (value[16] != OrganisationCheckCharacter(value))
        {
            return new FieldError("Uscc.OrganisationCheck", "This unified social credit code is not valid: the organisation code in characters 9 to 17 does not match its check character, the 17th. Please check for a typing error.");
        }

        return value[17] == CheckCharacter(value)
            ? null
            : new FieldError("Uscc.Checksum", "This unified social credit code is not valid: its check character does not match. Please check for a typing error.");
    }

    /// <summary>Returns the code, or null for empty input; throws <see cref="DomainException"/> when invalid.</summary>
    public static Uscc? Parse(string? input)
    {
        if (string.IsNullOrWhiteSpace(input))
        {
            return null;
        }

        var error = Validate(input);
        return error is null ? new Uscc(Normalise(input)) : throw new DomainException(error.Code, error.Message);
    }

    /// <summary>Rebuilds a code already validated when it was stored.</summary>
    public static Uscc FromStored(string value) => new(value);

    /// <summary>The 18th character, from the first 17.</summary>
    public static char CheckCharacter(string first17)
    {
        ArgumentNullException.ThrowIfNull(first17);
        var sum = 0;
        for (var i = 0; i < 17; i++)
        {
            sum += Alphabet.IndexOf(first17[i], StringComparison.Ordinal) * Weights[i];
        }

        var check = 31 - (sum % 31);
        return Alphabet[check == 31 ? 0 : check];
    }

    /// <summary>
    /// The 17th character, the check digit of the organisation code (GB 11714), from characters 9 to 16 of the first 16:
    /// digits count as themselves and letters from 10 (A) to 35 (Z); 11 minus the weighted sum mod 11, with X for 10 and 0 for 11.
    /// </summary>
    public static char OrganisationCheckCharacter(string first16)
    {
        ArgumentNullException.ThrowIfNull(first16);
        var sum = 0;
        for (var i = 0; i < OrganisationWeights.Length; i++)
        {
            var c = first16[8 + i];
            sum += (char.IsAsciiDigit(c) ? c - '0' : c - 'A' + 10) * OrganisationWeights[i];
        }

        return (11 - (sum % 11)) switch
        {
            10 => 'X',
            11 => '0',
            var digit => (char)('0' + digit),
        };
    }

    public override string ToString() => Value;

    /// <summary>The organisation categories (character 2) each registration authority (character 1) gives, as GB 32100-2015 and its amendments list them.</summary>
    private static string? CategoriesOf(char authority) => authority switch
    {
        '1' => "1239", // 机构编制: 机关, 事业单位, 编办直接管理机构编制的群众团体, 其他
        '2' => "19", // 外交: 外国常驻新闻机构, 其他
        '3' => "123459", // 司法行政: 律师执业机构, 公证处, 基层法律服务所, 司法鉴定机构, 仲裁委员会, 其他
        '4' => "19", // 文化: 外国在华文化中心, 其他
        '5' => "1239", // 民政: 社会团体, 民办非企业单位, 基金会, 其他
        '6' => "129", // 旅游: 外国旅游部门常驻代表机构, 港澳台地区旅游部门常驻内地（大陆）代表机构, 其他
        '7' => "129", // 宗教: 宗教活动场所, 宗教院校, 其他
        '8' => "19", // 工会: 基层工会, 其他
        '9' => "123", // 工商 (market regulation): 企业, 个体工商户, 农民专业合作社
        'A' => "19", // 中央军委改革和编制办公室: 军队事业单位, 其他
        'N' => "1239", // 农业: 组级, 村级, 乡镇级集体经济组织, 其他
        'Y' => "1", // 其他
        _ => null,
    };

    /// <summary>
    /// Characters 3–8: 100000 for an authority of the State, else a division of a province that exists, of a division's
    /// form (a county's code never has 00 for its city). A code the division table does not hold is accepted: the table
    /// is today's list, without the codes abolished since 2015 that codes issued then still carry (江干区 330104), and the
    /// authorities of development zones register under codes of their own that GB/T 2260 never had (北京经济技术开发区
    /// 110302 in 京东's 91110302562134916R and SMIC Beijing's 911103027404017237, 苏州工业园区 320594), so an exact
    /// check would refuse real companies. This follows python-stdnum, whose cn.uscc checks no more than six digits here;
    /// only its cn.ric, where a birth year dates the code, checks GB/T 2260, with each code's history, which this table lacks.
    /// </summary>
    private static bool IsRegistrationDivision(string code)
    {
        if (code == NationalDivision)
        {
            return true;
        }

        return code.All(char.IsAsciiDigit)
            && AdministrativeDivisions.Find(code[..2] + "0000")?.Level == DivisionLevel.Province
            && !(code[2..4] == "00" && code[4..] != "00");
    }
}
