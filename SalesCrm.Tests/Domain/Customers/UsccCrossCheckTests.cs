using SalesCrm.Domain.Customers;
using SalesCrm.Tests.TestSupport;

namespace SalesCrm.Tests.Domain.Customers;

/// <summary>
/// CUS-1 / OWN-2: 200 codes labelled once by python-stdnum 1.18 and by a separate reading of GB 32100-2015
/// (Data/make_uscc_cross_check.py). python-stdnum checks the length, the alphabet, digits in characters 1–8 and the check
/// character, not the authorities, categories, divisions or the organisation code's check digit.
/// </summary>
public sealed class UsccCrossCheckTests
{
    private static readonly List<(string Code, string Stdnum, string Expected, string Made)> Labelled = Load();

    [Fact]
    public void EveryLabelledCode_GetsItsGb32100Verdict_CUS1()
    {
        var disagreements = Labelled.Where(row => Verdict(row.Code) != row.Expected)
            .Select(row => $"{row.Code} ({row.Made}): expected {row.Expected}, got {Verdict(row.Code)}");

        Assert.Equal(200, Labelled.Count);
        Assert.Empty(disagreements);
    }

    [Fact]
    public void WhatPythonStdnumRefuses_IsRefused_AndWhatItAccepts_IsRefusedOnlyForAPartItDoesNotCheck_OWN2()
    {
        string[] partsItDoesNotCheck = ["Uscc.Authority", "Uscc.Category", "Uscc.Division", "Uscc.OrganisationCheck"];
        var disagreements = Labelled.Where(row => (row.Stdnum, Verdict(row.Code)) switch
        {
            ("valid", var ours) => ours != "valid" && !partsItDoesNotCheck.Contains(ours),
            ("InvalidLength", var ours) => ours != "Uscc.Length",
            ("InvalidChecksum", var ours) => ours != "Uscc.Checksum",
            // python-stdnum wants digits in characters 1–8, so it refuses the letter authorities A, N and Y too.
            ("InvalidFormat", var ours) => ours is not ("Uscc.Characters" or "Uscc.Authority" or "Uscc.Category" or "Uscc.Division") && !IsLetterAuthority(row.Code),
            _ => true,
        }).Select(row => $"{row.Code}: python-stdnum {row.Stdnum}, SalesCrm {Verdict(row.Code)}");

        Assert.Empty(disagreements);
    }

    private static bool IsLetterAuthority(string code) => code[0] is 'A' or 'N' or 'Y';

    private static string Verdict(string code) => Uscc.Validate(code)?.Code ?? "valid";

    private static List<(string Code, string Stdnum, string Expected, string Made)> Load() =>
        File.ReadLines(Path.Combine(SourceTree.Root.FullName, "SalesCrm.Tests", "Domain", "Customers", "Data", "UsccCrossCheck.tsv"))
            .Where(line => line.Length > 0 && line[0] != '#')
            .Select(line => line.Split('\t'))
            .Select(parts => (parts[0], parts[1], parts[2], parts[3]))
            .ToList();
}
