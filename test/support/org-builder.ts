import type { AppDeps } from "../../src/core/deps.ts";
import type {
  Candidacy,
  CandidacyStage,
  Classification,
  OrgUnit,
  Person,
  PrismaClient,
  Role,
} from "../../src/generated/prisma/client.ts";
import { recordStep, type StepInput, startJourney } from "../../src/modules/pipeline/journey.ts";
import { journeyRules, stageStep } from "../../src/modules/pipeline/journey-rules.ts";
import type { Actor } from "../../src/modules/pipeline/pipeline.ts";
import type { ChatAccount } from "./app.ts";

/** Midnight UTC of a calendar day, as the database stores `@db.Date` columns. */
export const d = (iso: string) => new Date(`${iso}T00:00:00Z`);

const system: Actor = { personId: null, unitIds: "all" };

/** A unit or a person as the builder needs it: a row it returned, or just the ids of one written elsewhere. */
export type UnitRef = Pick<OrgUnit, "id">;
export type PersonRef = Pick<Person, "id" | "unitId">;

/** What a test may set on a person besides the name and the unit. */
export interface PersonFields {
  memberCode?: string;
  dateOfBirth?: Date;
  gender?: string;
  phone?: string;
  email?: string;
  locale?: string;
  position?: string;
  targetGroup?: string;
  active?: boolean;
}

export interface AccountOptions {
  /** Stamp `linkedAt` (as the linking flow does); otherwise it stays empty, as an account linked by an import. */
  linked?: boolean;
  /** The account's chat answered "blocked" once: sends to it are skipped. */
  unreachable?: boolean;
}

export interface CandidacyOptions {
  /** The unit that selected the member; the person's own unit when not given. */
  unit?: UnitRef;
  /** The day of the current stage; `selectedOn` when not given. */
  stageDate?: string;
  votesTotal?: number;
  /** Also write the selection event, as the journey would. */
  withSelectionEvent?: boolean;
}

/** The facts of a journey step that tests set (see `step`). */
export interface StepDetails {
  certificateDate?: Date;
  resolutionNumber?: string;
  reason?: string;
  holiday?: string;
  mentorName?: string;
  mentorPosition?: string;
}

/** The deps a builder needs: the database, and for journeys (`dvut`, `step`) the rules, messages and clock. */
export type BuilderDeps = Pick<AppDeps, "prisma"> & Partial<Pick<AppDeps, "config" | "i18n" | "clock">>;

/**
 * Writes an organisation for a test, one statement a fact, and hands back the rows it wrote:
 *
 *     const org = new OrgBuilder(app.deps);
 *     const dk = await org.unit("DK", "Đoàn Khối");
 *     const a = await org.unit("A", "Đoàn cơ sở Sở Tư pháp", dk);
 *     const hang = await org.person("Phạm Thu Hằng", a);
 *     await org.role(hang, "secretary", a);
 *     const hangChat = await org.account(hang, { platform: "zalo", externalId: "z-hang" });
 *     const dvut = await org.dvut(hang, "2026-02-10", "2026-03-01");
 *     await org.step(dvut.id, "handed_over", "2026-03-26", { holiday: "26/3" });
 *
 * The named organisations most tests share are built with it in `orgs.ts`, and `fixtures.ts` hands them to a test.
 */
export class OrgBuilder {
  private readonly prisma: PrismaClient;

  constructor(private readonly deps: BuilderDeps) {
    this.prisma = deps.prisma;
  }

  /** A unit under `parent` (the root when none). `levelName` is the union's own word for its level. */
  unit(code: string, name: string, parent?: UnitRef | null, levelName?: string): Promise<OrgUnit> {
    return this.prisma.orgUnit.create({
      data: { code, name, parentId: parent?.id ?? null, ...(levelName ? { levelName } : {}) },
    });
  }

  /** A member of `unit`. */
  person(fullName: string, unit: UnitRef, fields: PersonFields = {}): Promise<Person> {
    return this.prisma.person.create({ data: { fullName, unitId: unit.id, ...fields } });
  }

  /** Gives `person` a role in `unit` (a secretary's unit, a staff member's block). */
  async role(person: PersonRef, role: Role, unit: UnitRef, options: { deputy?: boolean } = {}): Promise<void> {
    await this.prisma.roleAssignment.create({
      data: { personId: person.id, role, unitId: unit.id, ...(options.deputy ? { deputy: true } : {}) },
    });
  }

  /** A person with the secretary role in `unit`, where they are also a member. */
  async secretary(fullName: string, unit: UnitRef, fields: PersonFields = {}): Promise<Person> {
    const person = await this.person(fullName, unit, fields);
    await this.role(person, "secretary", unit);
    return person;
  }

  /** Links a chat account (its chat id is its external id) to `person`; returns the account to talk as them. */
  async account(person: PersonRef, account: ChatAccount, options: AccountOptions = {}): Promise<ChatAccount> {
    // Stamped on the app's clock (never the wall clock); a builder given no clock uses a fixed day.
    const now = this.deps.clock?.now() ?? new Date("2026-01-01T00:00:00Z");
    await this.prisma.platformIdentity.create({
      data: {
        platform: account.platform,
        externalId: account.externalId,
        chatId: account.externalId,
        personId: person.id,
        ...(options.unreachable ? { unreachableAt: now } : {}),
        ...(options.linked ? { linkedAt: now } : {}),
      },
    });
    return { platform: account.platform, externalId: account.externalId };
  }

  /** A candidacy row written directly, at `stage` since `selectedOn` (a calendar day), without the journey's checks. */
  async candidacy(
    person: PersonRef,
    stage: CandidacyStage,
    selectedOn: string,
    options: CandidacyOptions = {},
  ): Promise<Candidacy> {
    const unitId = options.unit?.id ?? person.unitId;
    const candidacy = await this.prisma.candidacy.create({
      data: {
        personId: person.id,
        unitId,
        stage,
        stageDate: d(options.stageDate ?? selectedOn),
        selectedOn: d(selectedOn),
        ...(options.votesTotal !== undefined ? { votesTotal: options.votesTotal } : {}),
      },
    });
    if (options.withSelectionEvent) {
      await this.prisma.candidacyEvent.create({
        data: { candidacyId: candidacy.id, step: "selection", toStage: "selected", occurredOn: d(selectedOn) },
      });
    }
    return candidacy;
  }

  /** The member's classification for `year`, in their own unit. */
  async classification(person: PersonRef, year: number, category: Classification, reason?: string): Promise<void> {
    await this.prisma.annualClassification.create({
      data: { personId: person.id, unitId: person.unitId, year, category, ...(reason ? { reason } : {}) },
    });
  }

  /**
   * Rates the person excellent the year before and selects them as ĐVUT on `selectedOn` through the journey (the
   * chi đoàn's whole roster present and in favour); introduced on `introducedOn` if given.
   */
  async dvut(
    person: Pick<Person, "id" | "unitId" | "memberCode">,
    selectedOn: string,
    introducedOn?: string,
  ): Promise<Candidacy> {
    const { prisma } = this;
    await this.classification(person, Number(selectedOn.slice(0, 4)) - 1, "excellent");
    const members = await prisma.person.count({ where: { unitId: person.unitId, active: true } });
    const result = await startJourney(
      prisma,
      system,
      person.id,
      { step: "selection", date: d(selectedOn), membersTotal: members, present: members, inFavour: members },
      this.journeyOptions(),
      this.now(),
    );
    if (!result.ok) throw new Error(result.reason);
    if (!introducedOn) return result.value.candidacy;
    const introduced = await recordStep(
      prisma,
      system,
      result.value.candidacy.id,
      {
        step: "resolution",
        date: d(introducedOn),
        sourceBody: "BCH Đoàn cơ sở",
        sourceNumber: `NQ-${person.memberCode}`,
        membersTotal: 9,
        present: 9,
        inFavour: 9,
      },
      this.journeyOptions(),
      this.now(),
    );
    if (!introduced.ok) throw new Error(introduced.reason);
    return introduced.value.candidacy;
  }

  /** Records the step that brings the journey to stage `to` on `on` (a calendar day). */
  async step(candidacyId: string, to: string, on: string, details: StepDetails = {}): Promise<Candidacy> {
    const journeyStep = stageStep[to as keyof typeof stageStep];
    const input: StepInput = {
      step: journeyStep,
      date: details.certificateDate ?? d(on),
      sourceBody: "Chi bộ",
      sourceNumber: details.resolutionNumber ?? "1-QĐ",
      reason: details.reason,
      holiday: details.holiday,
      mentorName: details.mentorName,
      mentorPosition: details.mentorPosition,
      ...(journeyStep === "resolution" ? { membersTotal: 9, present: 9, inFavour: 9 } : {}),
    };
    const result = await recordStep(this.prisma, system, candidacyId, input, this.journeyOptions(), this.now());
    if (!result.ok) throw new Error(`${to}: ${result.reason}`);
    return result.value.candidacy;
  }

  private journeyOptions() {
    const { config, i18n } = this.deps;
    if (!config || !i18n) throw new Error("OrgBuilder: journeys need the app's deps (new OrgBuilder(app.deps))");
    return { rules: journeyRules(config), i18n, acceptWarnings: true };
  }

  private now(): Date {
    if (!this.deps.clock) throw new Error("OrgBuilder: journeys need the app's clock (new OrgBuilder(app.deps))");
    return this.deps.clock.now();
  }
}
