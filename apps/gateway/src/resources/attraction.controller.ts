import { Body, Controller, Get, HttpCode, Param, Patch, Post, Query, Req, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { COMMANDS, type Actor } from '@ndip/domain';
import {
  ATTRACTION_LABELS,
  AddProgrammeVersionDto,
  ApproveVisitDto,
  AssignOfficerDto,
  CompleteKycDto,
  CompleteVisitDto,
  ConvertInitiativeDto,
  CreateCompanyDto,
  CreateContactDto,
  UpdateContactDto,
  UpdateMeetingDto,
  CreateCountryProgrammeDto,
  CreateInitiativeDto,
  CreateMeetingDto,
  DeclineVisitDto,
  ExtendInitiativeDto,
  ListChatMessagesQueryDto,
  ListCompaniesQueryDto,
  ListCountryProgrammesQueryDto,
  ListInitiativesQueryDto,
  ListMeetingsQueryDto,
  ListTripCardsQueryDto,
  ListVisitsQueryDto,
  MarkChatReadDto,
  MergeCompanyDto,
  OverrideKycDto,
  PageQueryDto,
  PostChatMessageDto,
  ProposeVisitDto,
  RefuseRedirectDto,
  RequestRedirectDto,
  ReturnInitiativeDto,
  StartKycDto,
  SubmitTripCardDto,
  TransferInitiativeDto,
  UpdateCompanyDto,
  VisitProgrammeDto,
} from '@ndip/platform';
import type { Request, Response } from 'express';
import { Allow, CurrentActor } from '../auth/auth.decorators';
import { BusClient } from '../bus/bus.client';
import { ChatStreamHub } from '../chat/chat-stream.service';
import { Meta, type RequestMeta } from '../http/request-meta';
import { uuidParam } from '../http/uuid.pipe';

const uuid = uuidParam('id');
const A = COMMANDS.attraction;

/** §9.2 Module 1 columns (coarse gate; the attraction service checks the cell, the state and the scope). */
const COMPANY_READERS = ['FI', 'NCF', 'NC', 'AB', 'ADMIN'] as const;
const INITIATIVE_READERS = ['FI', 'NCF', 'NC', 'AB', 'MIO'] as const;
const CHAT_USERS = ['FI', 'NCF', 'NC', 'MIO', 'CSB', 'AB'] as const;

/** Module 1 "Привлечение" (apps/attraction). */
@ApiTags('attraction')
@ApiBearerAuth()
@Controller('api/v1')
export class AttractionController {
  constructor(
    private readonly bus: BusClient,
    private readonly chatHub: ChatStreamHub,
  ) {}

  // ---- reference ----

  @Get('reference/attraction')
  @Allow('*')
  @ApiOperation({ summary: 'Labels (kk/ru/en) of the Module 1 statuses, meeting kinds, company sizes and KYC statuses' })
  labels(): typeof ATTRACTION_LABELS {
    return ATTRACTION_LABELS;
  }

  // ---- company cards, contacts, KYC ----

  @Post('companies')
  @Allow('FI', 'NCF')
  @ApiOperation({ summary: 'Create a company card (embassy, NC foreign office); answers possible duplicates by name and country' })
  createCompany(@Body() dto: CreateCompanyDto, @CurrentActor() actor: Actor, @Meta() meta: RequestMeta): Promise<unknown> {
    return this.bus.call(A.createCompany, actor, dto, meta);
  }

  @Get('companies')
  @Allow(...COMPANY_READERS)
  @ApiOperation({ summary: 'List company cards visible to the caller (filter by country, sector, status, name; sort)' })
  listCompanies(@Query() q: ListCompaniesQueryDto, @CurrentActor() actor: Actor, @Meta() meta: RequestMeta): Promise<unknown> {
    return this.bus.call(A.listCompanies, actor, q, meta);
  }

  @Get('companies/:id')
  @Allow(...COMPANY_READERS)
  @ApiOperation({ summary: 'One company card' })
  getCompany(@Param('id', uuid) id: string, @CurrentActor() actor: Actor, @Meta() meta: RequestMeta): Promise<unknown> {
    return this.bus.call(A.getCompany, actor, { id }, meta);
  }

  @Patch('companies/:id')
  @Allow('FI', 'NCF')
  @ApiOperation({ summary: 'Edit a company card (only the given fields; null clears an optional one)' })
  updateCompany(@Param('id', uuid) id: string, @Body() dto: UpdateCompanyDto, @CurrentActor() actor: Actor, @Meta() meta: RequestMeta): Promise<unknown> {
    return this.bus.call(A.updateCompany, actor, { ...dto, companyId: id }, meta);
  }

  @Get('companies/:id/duplicates')
  @Allow(...COMPANY_READERS)
  @ApiOperation({ summary: 'Cards that look like the same company: same name and country of origin, or same BIN' })
  companyDuplicates(@Param('id', uuid) id: string, @CurrentActor() actor: Actor, @Meta() meta: RequestMeta): Promise<unknown> {
    return this.bus.call(A.companyDuplicates, actor, { companyId: id }, meta);
  }

  @Post('companies/:id/merge')
  @HttpCode(200)
  @Allow('FI', 'NCF')
  @ApiOperation({ summary: 'Merge this duplicate card into another; its contacts, KYC, meetings, visits and initiatives move over' })
  mergeCompany(@Param('id', uuid) id: string, @Body() dto: MergeCompanyDto, @CurrentActor() actor: Actor, @Meta() meta: RequestMeta): Promise<unknown> {
    return this.bus.call(A.mergeCompany, actor, { ...dto, companyId: id }, meta);
  }

  @Post('companies/:id/contacts')
  @Allow('FI', 'NCF')
  @ApiOperation({ summary: 'Add a contact card (contact person) to a company' })
  addContact(@Param('id', uuid) id: string, @Body() dto: CreateContactDto, @CurrentActor() actor: Actor, @Meta() meta: RequestMeta): Promise<unknown> {
    return this.bus.call(A.addContact, actor, { ...dto, companyId: id }, meta);
  }

  @Patch('companies/:id/contacts/:contactId')
  @Allow('FI', 'NCF')
  @ApiOperation({ summary: 'Edit a contact card (only the given fields; null clears an optional one); only the organisation that created it' })
  updateContact(
    @Param('id', uuid) id: string,
    @Param('contactId', uuidParam('contactId')) contactId: string,
    @Body() dto: UpdateContactDto,
    @CurrentActor() actor: Actor,
    @Meta() meta: RequestMeta,
  ): Promise<unknown> {
    return this.bus.call(A.updateContact, actor, { ...dto, companyId: id, contactId }, meta);
  }

  @Get('companies/:id/contacts')
  @Allow(...COMPANY_READERS)
  @ApiOperation({ summary: 'Contact cards of a company' })
  listContacts(@Param('id', uuid) id: string, @Query() q: PageQueryDto, @CurrentActor() actor: Actor, @Meta() meta: RequestMeta): Promise<unknown> {
    return this.bus.call(A.listContacts, actor, { ...q, companyId: id }, meta);
  }

  @Post('companies/:id/kyc/start')
  @HttpCode(200)
  @Allow('FI', 'NCF')
  @ApiOperation({ summary: 'Start a KYC check of the company (NOT_STARTED/PASSED/FAILED → IN_PROGRESS)' })
  startKyc(@Param('id', uuid) id: string, @Body() dto: StartKycDto, @CurrentActor() actor: Actor, @Meta() meta: RequestMeta): Promise<unknown> {
    return this.bus.call(A.startKyc, actor, { ...dto, companyId: id }, meta);
  }

  @Post('companies/:id/kyc/complete')
  @HttpCode(200)
  @Allow('FI', 'NCF')
  @ApiOperation({ summary: 'Finish the running KYC check: PASSED or FAILED (with findings)' })
  completeKyc(@Param('id', uuid) id: string, @Body() dto: CompleteKycDto, @CurrentActor() actor: Actor, @Meta() meta: RequestMeta): Promise<unknown> {
    return this.bus.call(A.completeKyc, actor, { ...dto, companyId: id }, meta);
  }

  @Post('companies/:id/kyc/override')
  @HttpCode(200)
  @Allow('AB')
  @ApiOperation({
    summary: "Override the company's latest KYC check, which failed, with a reason (authorized body, A-43): initiatives of the company may then be created",
  })
  overrideKyc(@Param('id', uuid) id: string, @Body() dto: OverrideKycDto, @CurrentActor() actor: Actor, @Meta() meta: RequestMeta): Promise<unknown> {
    return this.bus.call(A.overrideKyc, actor, { ...dto, companyId: id }, meta);
  }

  @Get('companies/:id/kyc')
  @Allow(...COMPANY_READERS)
  @ApiOperation({ summary: 'KYC checks of a company, newest first' })
  listKyc(@Param('id', uuid) id: string, @Query() q: PageQueryDto, @CurrentActor() actor: Actor, @Meta() meta: RequestMeta): Promise<unknown> {
    return this.bus.call(A.listKyc, actor, { ...q, companyId: id }, meta);
  }

  // ---- meeting cards, [E000] official-trip visit cards ----

  @Post('meetings')
  @Allow('FI', 'NCF')
  @ApiOperation({ summary: 'Record a meeting card (date, place, kind of event, participants, interest, project parameters, expectations, agreements)' })
  createMeeting(@Body() dto: CreateMeetingDto, @CurrentActor() actor: Actor, @Meta() meta: RequestMeta): Promise<unknown> {
    return this.bus.call(A.createMeeting, actor, dto, meta);
  }

  @Get('meetings')
  @Allow('FI', 'NCF', 'NC', 'AB', 'ADMIN')
  @ApiOperation({ summary: 'List meeting cards visible to the caller' })
  listMeetings(@Query() q: ListMeetingsQueryDto, @CurrentActor() actor: Actor, @Meta() meta: RequestMeta): Promise<unknown> {
    return this.bus.call(A.listMeetings, actor, q, meta);
  }

  @Get('meetings/:id')
  @Allow('FI', 'NCF', 'NC', 'AB', 'ADMIN')
  @ApiOperation({ summary: 'One meeting card' })
  getMeeting(@Param('id', uuid) id: string, @CurrentActor() actor: Actor, @Meta() meta: RequestMeta): Promise<unknown> {
    return this.bus.call(A.getMeeting, actor, { id }, meta);
  }

  @Patch('meetings/:id')
  @Allow('FI', 'NCF')
  @ApiOperation({ summary: 'Correct a meeting card (only the given fields; null clears an optional one); only the recording organisation' })
  updateMeeting(@Param('id', uuid) id: string, @Body() dto: UpdateMeetingDto, @CurrentActor() actor: Actor, @Meta() meta: RequestMeta): Promise<unknown> {
    return this.bus.call(A.updateMeeting, actor, { ...dto, id }, meta);
  }

  @Post('trip-cards')
  @Allow('FI')
  @ApiOperation({ summary: '[E000] Visit card after a foreign business trip of heads (due 3 working days after the trip)' })
  submitTripCard(@Body() dto: SubmitTripCardDto, @CurrentActor() actor: Actor, @Meta() meta: RequestMeta): Promise<unknown> {
    return this.bus.call(A.submitTripCard, actor, dto, meta);
  }

  @Get('trip-cards')
  @Allow('FI', 'AB')
  @ApiOperation({ summary: '[E000] List official-trip visit cards' })
  listTripCards(@Query() q: ListTripCardsQueryDto, @CurrentActor() actor: Actor, @Meta() meta: RequestMeta): Promise<unknown> {
    return this.bus.call(A.listTripCards, actor, q, meta);
  }

  // ---- investor visits ----

  @Post('visits')
  @Allow('FI', 'NCF')
  @ApiOperation({ summary: 'Register a planned investor visit to Kazakhstan (dates, purposes, responsible state bodies)' })
  proposeVisit(@Body() dto: ProposeVisitDto, @CurrentActor() actor: Actor, @Meta() meta: RequestMeta): Promise<unknown> {
    return this.bus.call(A.proposeVisit, actor, dto, meta);
  }

  @Get('visits')
  @Allow('FI', 'NCF', 'AB', 'MIO', 'CSB')
  @ApiOperation({ summary: 'List investor visits visible to the caller' })
  listVisits(@Query() q: ListVisitsQueryDto, @CurrentActor() actor: Actor, @Meta() meta: RequestMeta): Promise<unknown> {
    return this.bus.call(A.listVisits, actor, q, meta);
  }

  @Get('visits/:id')
  @Allow('FI', 'NCF', 'AB', 'MIO', 'CSB')
  @ApiOperation({ summary: 'One investor visit with its programme and the 3-working-day initiative deadline' })
  getVisit(@Param('id', uuid) id: string, @CurrentActor() actor: Actor, @Meta() meta: RequestMeta): Promise<unknown> {
    return this.bus.call(A.getVisit, actor, { id }, meta);
  }

  @Post('visits/:id/approve')
  @HttpCode(200)
  @Allow('AB')
  @ApiOperation({ summary: 'The authorized body decides the visit is worthwhile' })
  approveVisit(@Param('id', uuid) id: string, @Body() dto: ApproveVisitDto, @CurrentActor() actor: Actor, @Meta() meta: RequestMeta): Promise<unknown> {
    return this.bus.call(A.approveVisit, actor, { ...dto, visitId: id }, meta);
  }

  @Post('visits/:id/decline')
  @HttpCode(200)
  @Allow('AB')
  @ApiOperation({ summary: 'The authorized body decides the visit is not worthwhile' })
  declineVisit(@Param('id', uuid) id: string, @Body() dto: DeclineVisitDto, @CurrentActor() actor: Actor, @Meta() meta: RequestMeta): Promise<unknown> {
    return this.bus.call(A.declineVisit, actor, { ...dto, visitId: id }, meta);
  }

  @Post('visits/:id/programme')
  @HttpCode(200)
  @Allow('AB', 'MIO', 'CSB')
  @ApiOperation({ summary: 'Draw up the visit programme and the participant list' })
  visitProgramme(@Param('id', uuid) id: string, @Body() dto: VisitProgrammeDto, @CurrentActor() actor: Actor, @Meta() meta: RequestMeta): Promise<unknown> {
    return this.bus.call(A.setVisitProgramme, actor, { ...dto, visitId: id }, meta);
  }

  @Post('visits/:id/complete')
  @HttpCode(200)
  @Allow('FI', 'NCF')
  @ApiOperation({ summary: 'Fill the visit card after the visit (agreements reached); starts the 3-working-day initiative clock' })
  completeVisit(@Param('id', uuid) id: string, @Body() dto: CompleteVisitDto, @CurrentActor() actor: Actor, @Meta() meta: RequestMeta): Promise<unknown> {
    return this.bus.call(A.completeVisit, actor, { ...dto, visitId: id }, meta);
  }

  // ---- initiatives ----

  @Post('initiatives')
  @Allow('FI', 'NCF')
  @ApiOperation({ summary: 'Create an initiative for a company (from meeting cards and/or a completed visit)' })
  createInitiative(@Body() dto: CreateInitiativeDto, @CurrentActor() actor: Actor, @Meta() meta: RequestMeta): Promise<unknown> {
    return this.bus.call(A.createInitiative, actor, dto, meta);
  }

  @Get('initiatives')
  @Allow(...INITIATIVE_READERS)
  @ApiOperation({ summary: 'List initiatives visible to the caller (filter by status, country, region, sector, overdue; sort)' })
  listInitiatives(@Query() q: ListInitiativesQueryDto, @CurrentActor() actor: Actor, @Meta() meta: RequestMeta): Promise<unknown> {
    return this.bus.call(A.listInitiatives, actor, q, meta);
  }

  @Post('initiatives/overdue-scan')
  @HttpCode(200)
  @Allow('ADMIN', 'NC')
  @ApiOperation({ summary: 'Run the overdue scan of initiatives once (it also runs on a schedule); answers what it flagged' })
  overdueScan(@CurrentActor() actor: Actor, @Meta() meta: RequestMeta): Promise<unknown> {
    return this.bus.call(A.runOverdueScan, actor, {}, meta);
  }

  @Get('initiatives/:id')
  @Allow(...INITIATIVE_READERS)
  @ApiOperation({ summary: 'One initiative with its 30-day clock and the actions the caller may take' })
  getInitiative(@Param('id', uuid) id: string, @CurrentActor() actor: Actor, @Meta() meta: RequestMeta): Promise<unknown> {
    return this.bus.call(A.getInitiative, actor, { id }, meta);
  }

  @Post('initiatives/:id/transfer')
  @HttpCode(200)
  @Allow('FI', 'NCF')
  @ApiOperation({ summary: 'Transfer the initiative to a regional akimat (starts the 30-day clock); [E001] also after a return' })
  transfer(@Param('id', uuid) id: string, @Body() dto: TransferInitiativeDto, @CurrentActor() actor: Actor, @Meta() meta: RequestMeta): Promise<unknown> {
    return this.bus.call(A.transferInitiative, actor, { ...dto, initiativeId: id }, meta);
  }

  @Post('initiatives/:id/assign-officer')
  @HttpCode(200)
  @Allow('MIO')
  @ApiOperation({ summary: 'The receiving akimat assigns its responsible official' })
  assignOfficer(@Param('id', uuid) id: string, @Body() dto: AssignOfficerDto, @CurrentActor() actor: Actor, @Meta() meta: RequestMeta): Promise<unknown> {
    return this.bus.call(A.assignInitiativeOfficer, actor, { ...dto, initiativeId: id }, meta);
  }

  @Post('initiatives/:id/extend')
  @HttpCode(200)
  @Allow('MIO')
  @ApiOperation({ summary: 'Extend the 30-day window once, by at most 30 days from the original deadline' })
  extend(@Param('id', uuid) id: string, @Body() dto: ExtendInitiativeDto, @CurrentActor() actor: Actor, @Meta() meta: RequestMeta): Promise<unknown> {
    return this.bus.call(A.extendInitiative, actor, { ...dto, initiativeId: id }, meta);
  }

  @Post('initiatives/:id/redirect')
  @HttpCode(200)
  @Allow('MIO')
  @ApiOperation({ summary: '[E000] Ask the authorized body to redirect the initiative to another akimat' })
  requestRedirect(@Param('id', uuid) id: string, @Body() dto: RequestRedirectDto, @CurrentActor() actor: Actor, @Meta() meta: RequestMeta): Promise<unknown> {
    return this.bus.call(A.requestInitiativeRedirect, actor, { ...dto, initiativeId: id }, meta);
  }

  @Post('initiatives/:id/redirect/approve')
  @HttpCode(200)
  @Allow('AB')
  @ApiOperation({ summary: '[E000] The authorized body approves the redirection (new 30-day window at the target akimat)' })
  approveRedirect(@Param('id', uuid) id: string, @CurrentActor() actor: Actor, @Meta() meta: RequestMeta): Promise<unknown> {
    return this.bus.call(A.approveInitiativeRedirect, actor, { initiativeId: id }, meta);
  }

  @Post('initiatives/:id/redirect/refuse')
  @HttpCode(200)
  @Allow('AB')
  @ApiOperation({ summary: '[E000] The authorized body refuses the redirection (the window keeps running)' })
  refuseRedirect(@Param('id', uuid) id: string, @Body() dto: RefuseRedirectDto, @CurrentActor() actor: Actor, @Meta() meta: RequestMeta): Promise<unknown> {
    return this.bus.call(A.refuseInitiativeRedirect, actor, { ...dto, initiativeId: id }, meta);
  }

  @Post('initiatives/:id/return')
  @HttpCode(200)
  @Allow('MIO')
  @ApiOperation({ summary: '[E001] Return the initiative to the initiator body (not worked out, or at any stage)' })
  returnInitiative(@Param('id', uuid) id: string, @Body() dto: ReturnInitiativeDto, @CurrentActor() actor: Actor, @Meta() meta: RequestMeta): Promise<unknown> {
    return this.bus.call(A.returnInitiative, actor, { ...dto, initiativeId: id }, meta);
  }

  @Post('initiatives/:id/revert-from-project')
  @HttpCode(200)
  @Allow('MIO')
  @ApiOperation({ summary: '[E001] Turn the project card back into an initiative returned for rework (the authorized body is notified)' })
  revertFromProject(
    @Param('id', uuid) id: string,
    @Body() dto: ReturnInitiativeDto,
    @CurrentActor() actor: Actor,
    @Meta() meta: RequestMeta,
  ): Promise<unknown> {
    return this.bus.call(A.revertInitiativeFromProject, actor, { ...dto, initiativeId: id }, meta);
  }

  @Post('initiatives/:id/convert')
  @HttpCode(200)
  @Allow('MIO')
  @ApiOperation({ summary: 'Convert the initiative into a project passport (Module 2)' })
  convert(@Param('id', uuid) id: string, @Body() dto: ConvertInitiativeDto, @CurrentActor() actor: Actor, @Meta() meta: RequestMeta): Promise<unknown> {
    return this.bus.call(A.convertInitiative, actor, { ...dto, initiativeId: id }, meta);
  }

  // ---- chat per initiative ----

  @Get('initiatives/:id/chat/messages')
  @Allow(...CHAT_USERS)
  @ApiOperation({ summary: 'Chat messages of an initiative (paginated, oldest first by default) and the caller’s read marker' })
  listChat(@Param('id', uuid) id: string, @Query() q: ListChatMessagesQueryDto, @CurrentActor() actor: Actor, @Meta() meta: RequestMeta): Promise<unknown> {
    return this.bus.call(A.listChatMessages, actor, { ...q, initiativeId: id }, meta);
  }

  @Post('initiatives/:id/chat/messages')
  @Allow(...CHAT_USERS)
  @ApiOperation({ summary: 'Post a message to the chat of an initiative' })
  postChat(@Param('id', uuid) id: string, @Body() dto: PostChatMessageDto, @CurrentActor() actor: Actor, @Meta() meta: RequestMeta): Promise<unknown> {
    return this.bus.call(A.postChatMessage, actor, { ...dto, initiativeId: id }, meta);
  }

  @Post('initiatives/:id/chat/read')
  @HttpCode(200)
  @Allow(...CHAT_USERS)
  @ApiOperation({ summary: 'Mark the chat read up to a message (per user; only moves forward)' })
  markChatRead(@Param('id', uuid) id: string, @Body() dto: MarkChatReadDto, @CurrentActor() actor: Actor, @Meta() meta: RequestMeta): Promise<unknown> {
    return this.bus.call(A.markChatRead, actor, { ...dto, initiativeId: id }, meta);
  }

  @Get('initiatives/:id/chat/stream')
  @Allow(...CHAT_USERS)
  @ApiProduces('text/event-stream')
  @ApiOperation({ summary: 'Live chat messages of an initiative as server-sent events (event "ready", then "message")' })
  chatStream(@Param('id', uuid) id: string, @CurrentActor() actor: Actor, @Meta() meta: RequestMeta, @Req() req: Request, @Res() res: Response): Promise<void> {
    return this.chatHub.open(id, actor, meta, req, res);
  }

  // ---- country investment programmes ----

  @Post('country-programmes')
  @Allow('FI', 'NCF', 'NC')
  @ApiOperation({ summary: 'Create the investment programme document of a country' })
  createProgramme(@Body() dto: CreateCountryProgrammeDto, @CurrentActor() actor: Actor, @Meta() meta: RequestMeta): Promise<unknown> {
    return this.bus.call(A.createCountryProgramme, actor, dto, meta);
  }

  @Get('country-programmes')
  @Allow('FI', 'NCF', 'NC', 'AB', 'ADMIN')
  @ApiOperation({ summary: 'List country investment programmes' })
  listProgrammes(@Query() q: ListCountryProgrammesQueryDto, @CurrentActor() actor: Actor, @Meta() meta: RequestMeta): Promise<unknown> {
    return this.bus.call(A.listCountryProgrammes, actor, q, meta);
  }

  @Get('country-programmes/:id')
  @Allow('FI', 'NCF', 'NC', 'AB', 'ADMIN')
  @ApiOperation({ summary: 'A country programme with all its versions' })
  getProgramme(@Param('id', uuid) id: string, @CurrentActor() actor: Actor, @Meta() meta: RequestMeta): Promise<unknown> {
    return this.bus.call(A.getCountryProgramme, actor, { id }, meta);
  }

  @Post('country-programmes/:id/versions')
  @Allow('FI', 'NCF', 'NC')
  @ApiOperation({ summary: 'Add the quarterly update as a new version (due by the 15th of the month after the quarter)' })
  addProgrammeVersion(
    @Param('id', uuid) id: string,
    @Body() dto: AddProgrammeVersionDto,
    @CurrentActor() actor: Actor,
    @Meta() meta: RequestMeta,
  ): Promise<unknown> {
    return this.bus.call(A.addCountryProgrammeVersion, actor, { ...dto, programmeId: id }, meta);
  }
}
