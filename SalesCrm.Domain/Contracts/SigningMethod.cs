namespace SalesCrm.Domain.Contracts;

/// <summary>CON-1: how the parties sign.</summary>
public enum SigningMethod
{
    ElectronicSignature = 1,
    Paper = 2,
}
