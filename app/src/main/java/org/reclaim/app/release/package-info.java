/**
 * Land release to the end, over the register: the workflow of tasks and areas, completion reports,
 * QA and QC, handover and land use after release, and the reports built on them. Services here load
 * records from the store, apply the domain's rules ({@code org.reclaim.domain.release}, {@code
 * .quality}, {@code .handover}) and write the outcome in one transaction, audited.
 */
package org.reclaim.app.release;
