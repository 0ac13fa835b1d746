/**
 * How pods on EKS get an IAM role of their own, as far as a manifest shows it.
 *
 * - IRSA (IAM roles for service accounts): the ServiceAccount carries the
 *   annotation `eks.amazonaws.com/role-arn: arn:<partition>:iam::<account>:role/<name>`; the
 *   EKS Pod Identity webhook then injects `AWS_ROLE_ARN` and a web identity token.
 *   https://docs.aws.amazon.com/eks/latest/userguide/associate-service-account-role.html ,
 *   aws/amazon-eks-pod-identity-webhook `README.md` (reference/eks-facts.md §3.5).
 * - EKS Pod Identity: an association (namespace + service account → role) made
 *   through the EKS API, eksctl or the console — invisible in the manifest.
 *   https://docs.aws.amazon.com/eks/latest/userguide/pod-identities.html
 * - Neither: the AWS SDK falls back to the node's instance role through instance
 *   metadata (shared by every pod on the node); Fargate pods get no credentials.
 *   https://docs.aws.amazon.com/eks/latest/best-practices/identity-and-access-management.html
 */

/** The ServiceAccount annotation that gives its pods an IAM role (IRSA). */
export const IRSA_ROLE_ARN_ANNOTATION = "eks.amazonaws.com/role-arn";

/**
 * The value `eks-service-account-role` suggests for the annotation: the account
 * and role are the user's to fill in. `<UPPER_CASE>` tokens are placeholders to
 * every rule (RULES.md decisions), so `arn-format` leaves the suggestion alone.
 */
export const IRSA_ROLE_ARN_PLACEHOLDER = "arn:aws:iam::<ACCOUNT_ID>:role/<ROLE_NAME>";
