/**
 * Georgian UI strings of the workshop builder (list, builder, shared view, worksheet, print
 * view, "Add to workshop"), in Mkhedruli. Part of the Georgian dictionary (`ka.ts`); every
 * language has its own `workshop.<lang>.ts` with exactly these keys.
 */
export const workshopKa = {
	'nav.workshops': 'სემინარები',

	'workshop.title': 'სემინარის კონსტრუქტორი',
	'workshop.intro':
		'მოამზადეთ სემინარი რამდენიმე სახელმძღვანელო პრინციპზე იმ სამი ეტაპის მიხედვით, რომლებსაც ISSA-ს აკადემია იყენებს: მომზადება, თავად სემინარი და სამთვიანი შემდგომი მუშაობა. პაკეტები ამ ბრაუზერში რჩება; სხვისთვის გადასაცემად გააკეთეთ ფაილის ექსპორტი ან გააზიარეთ ბმული.',
	'workshop.independence':
		'დამხმარე მასალებში იბეჭდება ჩვენივე შეჯამებები, კითხვები და სავარჯიშოები. ეს არ არის ISSA-ს სასწავლო მასალა და ამ ინსტრუმენტს ISSA არ იწონებს.',
	'workshop.schemaLink': 'სემინარის პაკეტის ფაილის ფორმატი (JSON Schema)',
	'workshop.loading': 'თქვენი სემინარის პაკეტები იტვირთება…',
	'workshop.noscript': 'სემინარის კონსტრუქტორს JavaScript სჭირდება.',
	'workshop.loadError':
		'სემინარის კონსტრუქტორის მონაცემები ვერ ჩაიტვირთა. შეამოწმეთ კავშირი და გადატვირთეთ გვერდი.',

	'workshop.list.heading': 'სემინარის პაკეტები ამ ბრაუზერში',
	'workshop.list.empty':
		'ამ ბრაუზერში ჯერ არცერთი სემინარის პაკეტი არ არის. შექმენით ახალი, შემოიტანეთ ფაილი ან დაამატეთ პრინციპები მათი გვერდებიდან.',
	'workshop.list.date': 'თარიღი',
	'workshop.list.guidelines': 'პრინციპები',
	'workshop.list.updated': 'ბოლო ცვლილება',
	'workshop.list.open': 'გახსნა',
	'workshop.list.active': '„სემინარში დამატება“ ამ პაკეტში ამატებს',
	'workshop.list.makeActive': 'პრინციპების ამ პაკეტში დამატება',
	'workshop.list.actionsFor': 'მოქმედებები: „{title}“',
	'workshop.noDate': 'თარიღი ჯერ არ არის განსაზღვრული',
	'workshop.duplicate': 'დუბლირება',
	'workshop.copyTitle': '{title} (ასლი)',
	'workshop.delete': 'წაშლა',
	'workshop.delete.confirm':
		'წაიშალოს „{title}“ ამ ბრაუზერიდან? თუ შეიძლება კვლავ დაგჭირდეთ, ჯერ ექსპორტი გააკეთეთ.',
	'workshop.delete.yes': 'დიახ, წაიშალოს',
	'workshop.delete.no': 'არა, დარჩეს',
	'workshop.deleted': '„{title}“ წაიშალა.',
	'workshop.undo': 'დაბრუნება',
	'workshop.skipped':
		'{count} შენახული პაკეტის წაკითხვა ვერ მოხერხდა (დაზიანებულია ან საიტის უფრო ახალი ვერსიით არის შენახული), ამიტომ ნაჩვენები არ არის.',

	'workshop.new.heading': 'სემინარის ახალი პაკეტი',
	'workshop.new.create': 'პაკეტის შექმნა',
	'workshop.field.title': 'სათაური',
	'workshop.field.audience': 'აუდიტორია',
	'workshop.field.audience.hint':
		'ვინ მიიღებს მონაწილეობას, მაგალითად „შენატანების სამსახურების ხელმძღვანელები“.',
	'workshop.field.date': 'თარიღი',
	'workshop.field.start': 'დაწყების დრო',
	'workshop.field.duration': 'ხანგრძლივობა (წუთი)',
	'workshop.field.language': 'დამხმარე მასალების ენა',
	'workshop.field.facilitator': 'ფასილიტატორი',
	'workshop.field.opening': 'გახსნა (წუთი)',
	'workshop.field.closing': 'დახურვა (წუთი)',
	'workshop.field.preparation': 'მიმართვა მონაწილეებს სემინარამდე',
	'workshop.field.preparation.hint': 'იბეჭდება მიზნების აღწერის შაბლონის ზემოთ.',
	'workshop.error.title': 'შეიყვანეთ სათაური.',
	'workshop.error.duration': 'შეიყვანეთ ხანგრძლივობა {min}-დან {max} წუთამდე.',
	'workshop.error.minutes': 'შეიყვანეთ წუთების მთელი რიცხვი 0-დან {max}-მდე.',
	'workshop.error.start': 'შეიყვანეთ დრო, მაგალითად 09:00.',

	'workshop.import.heading': 'პაკეტის იმპორტი',
	'workshop.import.label': 'პაკეტის ფაილი (JSON)',
	'workshop.import.refused': 'ამ ფაილის იმპორტი არ მოხდა. არაფერი შეცვლილა.',
	'workshop.import.preview': 'იმპორტისთვის მზადაა „{title}“ ({count} პრინციპი).',
	'workshop.import.existing': 'იმავე იდენტიფიკატორის მქონე პაკეტი აქ უკვე არის: „{title}“.',
	'workshop.import.replace': 'ჩანაცვლება',
	'workshop.import.copy': 'ორივეს შენარჩუნება',
	'workshop.import.confirm': 'იმპორტი',
	'workshop.import.cancel': 'გაუქმება',
	'workshop.import.done': '„{title}“ იმპორტირებულია.',

	'workshop.back': 'სემინარის ყველა პაკეტი',
	'workshop.missing':
		'სემინარის ეს პაკეტი ამ ბრაუზერში არ არის (შესაძლოა, ის სხვა ჩანართში წაიშალა).',
	'workshop.details': 'დეტალები',
	'workshop.guidelines.heading': 'სახელმძღვანელო პრინციპები',
	'workshop.guidelines.empty':
		'პრინციპი ჯერ არ არის დამატებული. დაამატეთ ქვემოთ ან გამოიყენეთ ღილაკი „სემინარში დამატება“ პრინციპების გვერდებზე, კრებულების გვერდებზე და ძიების შედეგებში.',
	'workshop.guidelines.reorderHint':
		'კლავიატურით თანმიმდევრობის შესაცვლელად გადაიტანეთ ფოკუსი პრინციპის სახელურზე, დააჭირეთ Space-ს, გადააადგილეთ პრინციპი ისრიანი კლავიშებით და კვლავ დააჭირეთ Space-ს; Escape აუქმებს გადაადგილებას. იგივეს აკეთებს ღილაკები „ზემოთ“ და „ქვემოთ“.',
	'workshop.item.handle': 'გადაადგილება: {guideline}',
	'workshop.item.up': 'ზემოთ',
	'workshop.item.down': 'ქვემოთ',
	'workshop.item.remove': 'ამოღება',
	'workshop.item.removed': '{guideline} ამოღებულია პაკეტიდან.',
	'workshop.item.minutes': 'დრო (წუთი)',
	'workshop.item.notes': 'შენიშვნები ფასილიტატორისთვის',
	'workshop.item.notes.hint': 'იბეჭდება მხოლოდ ფასილიტატორის გზამკვლევში.',
	'workshop.item.questions': 'ჩასართავი განსახილველი კითხვები',
	'workshop.item.exercises': 'ჩასართავი სავარჯიშოები',
	'workshop.item.details': 'შენიშვნები, კითხვები და სავარჯიშოები',
	'workshop.item.unknown':
		'ეს პრინციპი ამ ბიბლიოთეკაში არ არის (შესაძლოა, პაკეტი საიტის სხვა ვერსიიდანაა). ის დამხმარე მასალებში არ შედის.',
	'workshop.exercise.worksheet': 'მინი-თვითშეფასება 0–4 სკალით',
	'workshop.exercise.evidence':
		'მტკიცებულებების ძიება: სად ვიპოვით იმას, რასაც შემფასებელი მოითხოვს?',
	'workshop.exercise.practice':
		'პრაქტიკის შემოწმება: დანერგვის ჩვეულებრივი გზებიდან რომელი გვაქვს უკვე?',
	'workshop.add.heading': 'პრინციპის დამატება',
	'workshop.add.set': 'კრებული',
	'workshop.add.guideline': 'პრინციპი',
	'workshop.add.submit': 'პაკეტში დამატება',
	'workshop.add.already': '(უკვე პაკეტშია)',
	'workshop.announce.picked': 'აიღეთ {guideline}; პოზიცია {position} {count}-დან.',
	'workshop.announce.moved': '{guideline} გადავიდა პოზიციაზე {position} {count}-დან.',
	'workshop.announce.dropped': '{guideline} განთავსდა პოზიციაზე {position} {count}-დან.',
	'workshop.announce.cancelled': 'გადაადგილება გაუქმდა; {guideline} დაბრუნდა პოზიციაზე {position}.',

	'workshop.agenda.heading': 'პროგრამა',
	'workshop.agenda.time': 'დრო',
	'workshop.agenda.session': 'სესია',
	'workshop.agenda.minutes': 'წუთი',
	'workshop.agenda.opening': 'გახსნა: მონაწილეები წარადგენენ თავიანთ მიზნებს',
	'workshop.agenda.closing': 'დახურვა: თითოეული სამოქმედო გეგმის პირველი ნაბიჯები',
	'workshop.agenda.total': 'სულ: {total} წუთი დაგეგმილი {duration} წუთიდან; დასრულება: {end}.',
	'workshop.agenda.over':
		'პროგრამა დაგეგმილ ხანგრძლივობას {minutes} წუთით აჭარბებს. შეამოკლეთ ზოგიერთი სესია ან გაახანგრძლივეთ სემინარი.',
	'workshop.agenda.free': 'დაგეგმილი ხანგრძლივობიდან {minutes} წუთი განაწილებული არ არის.',

	'workshop.phase.preparation': 'მომზადება',
	'workshop.phase.preparation.intro':
		'სემინარამდე თითოეული მონაწილე წერს თავისი მიზნების მოკლე აღწერას. მონაწილის მასალაში ამისთვის ეს შაბლონია:',
	'workshop.prep.institution': 'თქვენი დაწესებულება და თქვენი როლი',
	'workshop.prep.implementing':
		'სემინარის რომელ პრინციპებს ნერგავს ან გეგმავს დანერგოს თქვენი დაწესებულება?',
	'workshop.prep.obstacles': 'რა დაბრკოლებებს აწყდებით?',
	'workshop.prep.expect': 'რას ელით სემინარისგან?',
	'workshop.phase.workshop': 'სემინარი',
	'workshop.phase.workshop.intro':
		'თითოეული პრინციპისთვის მონაწილის მასალაში იბეჭდება ჩვენი შეჯამება და თქვენ მიერ არჩეული კითხვები და სავარჯიშოები; ფასილიტატორის გზამკვლევს ემატება თქვენი შენიშვნები და დროის განაწილება.',
	'workshop.phase.followUp': 'შემდგომი მუშაობა',
	'workshop.followUp.intro':
		'სემინარის შემდეგ თითოეული მონაწილე ნასწავლს სამოქმედო გეგმად აქცევს (რა, რომელი პრინციპი, ვინ, რა ვადაში, რით გამოჩნდება პროგრესი) და მას სამ ყოველთვიურ შუალედურ მიმოხილვაზე გადახედავს.',
	'workshop.followUp.checkIn.one': 'შუალედური მიმოხილვა {count} თვის შემდეგ',
	'workshop.followUp.checkIn.other': 'შუალედური მიმოხილვა {count} თვის შემდეგ',
	'workshop.followUp.when': 'თარიღი',
	'workshop.followUp.noDate':
		'შუალედური მიმოხილვების თარიღების გამოსათვლელად მიუთითეთ სემინარის თარიღი.',

	'workshop.outputs': 'დამხმარე მასალები და გაზიარება',
	'workshop.handout': 'მონაწილის მასალა (PDF)',
	'workshop.guide': 'ფასილიტატორის გზამკვლევი (PDF)',
	'workshop.print': 'დასაბეჭდი ვერსია',
	'workshop.export': 'ფაილის ექსპორტი (JSON)',
	'workshop.exported': '„{file}“ შენახულია.',
	'workshop.share': 'გაზიარების ბმულის კოპირება',
	'workshop.share.label': 'გაზიარების ბმული',
	'workshop.share.hint':
		'მთელი პაკეტი თავად ბმულის მისამართშია ჩაწერილი; არაფერი იტვირთება სერვერზე. ვინც ბმულს გახსნის, პაკეტს მხოლოდ წასაკითხად დაინახავს და შეძლებს მისი ასლის შენახვას.',
	'workshop.share.copied': 'გაზიარების ბმული დაკოპირდა.',
	'workshop.share.copyFailed': 'ბმულის კოპირება ვერ მოხერხდა: მონიშნეთ და დააკოპირეთ ხელით.',

	'workshop.shared.heading': 'გაზიარებული სემინარის პაკეტი',
	'workshop.shared.intro':
		'თქვენ სემინარის პაკეტი ბმულიდან გახსენით. ის მხოლოდ წასაკითხად არის ნაჩვენები: შესაცვლელად შეინახეთ ასლი.',
	'workshop.shared.save': 'ასლის შენახვა',
	'workshop.shared.saved': 'ასლი ამ ბრაუზერში შეინახა.',
	'workshop.shared.open': 'ასლის გახსნა',
	'workshop.shared.error.heading': 'ამ გაზიარების ბმულის გახსნა შეუძლებელია',
	'workshop.shared.error.empty': 'ბმული სემინარის პაკეტს არ შეიცავს.',
	'workshop.shared.error.unknown-format':
		'ეს ბმული ამ საიტის სემინარის გაზიარების ბმული არ არის, ან ის საიტის უფრო ახალმა ვერსიამ შექმნა.',
	'workshop.shared.error.too-long': 'ბმული ზედმეტად გრძელია სემინარის პაკეტისთვის.',
	'workshop.shared.error.damaged':
		'ბმული დაზიანებული ან არასრულია: სავარაუდოდ, კოპირებისას მისი ნაწილი დაიკარგა. ბმული ხელახლა მოითხოვეთ.',
	'workshop.shared.error.too-large':
		'გაშლისას ბმული იმაზე მეტ მონაცემს იძლევა, ვიდრე სემინარის პაკეტი შეიძლება შეიცავდეს, ამიტომ ის არ გაიხსნა.',
	'workshop.shared.error.invalid':
		'ბმულის გაშიფვრა მოხერხდა, მაგრამ მისი შიგთავსი სემინარის სწორი პაკეტი არ არის:',
	'workshop.shared.error.back': 'თქვენს სემინარის პაკეტებზე გადასვლა',

	'workshop.worksheet.heading': 'სამუშაო ფურცელი: შეაფასეთ თქვენი დაწესებულება',
	'workshop.worksheet.intro':
		'შეაფასეთ თქვენი დაწესებულება სემინარის თითოეული პრინციპის მიხედვით. თქვენი პასუხები ამ გვერდზე რჩება, სანამ მათ საფუძველზე თვითშეფასებას არ დაიწყებთ.',
	'workshop.worksheet.level': 'თქვენი დაწესებულების დონე',
	'workshop.worksheet.unanswered': 'პასუხი არ არის',
	'workshop.worksheet.na': 'არ ვრცელდება, რადგან…',
	'workshop.worksheet.notes': 'შენიშვნები',
	'workshop.worksheet.organisation': 'თქვენი დაწესებულება',
	'workshop.worksheet.country': 'ქვეყანა',
	'workshop.worksheet.start': 'თვითშეფასების დაწყება ჩემი პასუხების საფუძველზე',
	'workshop.worksheet.started': 'შეიქმნა თქვენი საწყისი თვითშეფასება „{title}“.',
	'workshop.worksheet.openWorkbook': 'მისი სამუშაო წიგნის გახსნა',
	'workshop.worksheet.none': 'ჯერ ერთი პრინციპი მაინც შეაფასეთ.',
	'workshop.worksheet.title': 'საწყისი თვითშეფასება: {title}',

	'workshop.addButton': 'სემინარში დამატება',
	'workshop.added': 'დაემატა პაკეტში „{title}“.',
	'workshop.addedAlready': 'უკვე არის პაკეტში „{title}“.',
	'workshop.addOpen': 'სემინარის გახსნა',
	'workshop.addFailed':
		'დამატება ვერ მოხერხდა: ეს ბრაუზერი მონაცემების შენახვის საშუალებას არ იძლევა.',
	'workshop.defaultTitle': 'ახალი სემინარი',

	'workshop.printNow': 'ბეჭდვა',
	'workshop.print.back': 'კონსტრუქტორში დაბრუნება',
} as const;
