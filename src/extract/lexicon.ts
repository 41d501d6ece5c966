/**
 * Word lists the rules lean on. Given names are the common ones of Kazakhstan, Kyrgyzstan, Uzbekistan, Tajikistan,
 * Turkmenistan, Russia, Belarus and Ukraine, in the spellings the press uses; they only support a decision
 * (a capitalised pair with a surname ending is a name anyway), so gaps cost little.
 */
import type { PersonRole } from "../contract/vocab.js";

const words = (s: string): string[] => s.trim().split(/\s+/);

const MALE_CYR = words(`
  Александр Алексей Сергей Дмитрий Андрей Игорь Олег Павел Николай Михаил Иван Юрий Владимир Виктор Евгений Максим
  Роман Артём Артем Денис Антон Егор Василий Пётр Петр Фёдор Федор Григорий Леонид Анатолий Вячеслав Константин
  Станислав Ярослав Илья Никита Кирилл Глеб Тимур Руслан Эдуард Валерий Геннадий Борис Аркадий Семён Семен Тарас
  Муса Кузьма Фома Савва Хамза Зия
  Матвей Тимофей Степан Данила Филипп Святослав Ростислав Богдан Марк Давид Захар Савелий Яков Герман Альберт Рафаэль
  Марсель Радик Ильнур Зуфар Наиль Рамзан Зелимхан Анзор Адам Ислам Беслан Казбек
  Алескер Мушвиг Эльмир Акиф Ильгар Насими Рамиль Али Илькин Толиб
  Абдусаттор Юрий Аркадий Чынгыз Макс Болот Темирлан Нурбол Лукпан Нуржан Дархан Касым
  Ульви Хафиз Теймур Тофиг Ильгар Эмин Эльчин Рауф Фарид Магомед Абдулло
  Абай Абылай Адиль Адилет Азамат Айбек Айдар Айдос Айдын Айтжан Акылбек Алан Алексей Алесь Алибек Алихан Алмас Алмат
  Алмаз Алишер Алтынбек Амир Анатолий Андрей Антон Арман Арсен Арслан Аскар Асет Асан Аслан Атабек Ахмед Ахмет Баглан
  Бакыт Бакытжан Бахтияр Бахытжан Бауржан Бауыржан Бахром Бекболот Бекжан Бекзат Берик Болат Бори Борис Булат Вадим
  Валентин Валерий Василий Виктор Виталий Владимир Владислав Всеволод Вячеслав Галым Гани Геннадий Георгий Григорий
  Давлат Далер Дамир Данияр Даулет Денис Джахонгир Диас Дильшод Дмитрий Досым Дулат Евгений Егор Ержан Ерболат Ербол
  Ерлан Ерик Еркин Ермек Жандос Жанибек Жангельды Жаксылык Жасулан Жумабек Зафар Ильдар Ильяс Иван Игорь Илья Иса
  Исмаил Кайрат Камиль Канат Карим Кирилл Константин Куат Кудайберген Лев Мадияр Максат Максим Марат Мирлан Михаил
  Мухтар Мурат Нурбек Нурлан Нуржан Нурсултан Николай Олег Олжас Омар Павел Парвиз Полат Рамазан Расул Ринат Роман
  Руслан Рустам Рустем Саид Санжар Сапар Серик Сергей Султан Тагир Талгат Тилек Тимур Токтар Улан Улугбек Умид Фаррух
  Фархад Фёдор Федор Хуршед Чингиз Шамиль Шерзод Шухрат Эльдар Эрлан Юрий Ян Ярослав Абдулла Азат Бекмырза Дастан
  Ерназар Жанболат Жандарбек Кенжебек Мейрам Нурым Оралбек Саламат Тлеуберды Уалихан Шынгыс Ержигит Даурен Дархан
  Думан Лукпан Махамбет Жанболат Ермурат Бекбол Бахыт Гани Жасарал Кайсар Куаныш Мади Медет Мухамбет Нурдаулет Олжабай
  Рауан Самат Талгат Тимурлан Уалихан Ербол Есенгали Жумагали Искандер Мансур Мирас Нурболат Рахат Сабыр Темирлан
  Эльдос Жарас Алимжан Азизбек Акбар Бекзод Бобур Джамшед Жамшид Зокир Ильхом Комрон Мухаммад Насим Отабек Равшан
  Рустам Саидмурод Фаридун Хусейн Шавкат Шохрух Эркин Айдарбек Алмазбек Азат Бакай Данияр Жоомарт Калыс Кубаныч Мелис
  Нурлан Омурбек Садыр Сыймык Таалай Улук Чынгыз Эмиль Эрлан Ильяс Марлен Тахир Арсений Глеб Даниил Никита Станислав
  Камил Кузьма Фома Савва Жора Юра Миша Гриша Дима Коля Вова Ваня Петя Вася Толя Паша Рашид Имран Мохаммед Мухаммед Родион
  Филипп Темир Максуд Асхат Ораз Нуриддин Олимжон Елдос Акыл Эльдар Тимофей Матвей Лев Ильхам Эмиль Рамиз Рамин Вугар
`);
const FEMALE_CYR = words(`
  Александра Анна Мария Екатерина Ольга Татьяна Наталья Ирина Елена Светлана Юлия Марина Дарья Анастасия Ксения
  Виктория Людмила Валентина Галина Надежда Вера Любовь Ника Софья Полина Алёна Алена Оксана Евгения
  Джамиля Жамиля Камиля Ляйля Лейля Гуля Адиля Наиля Юля Оля Зульфия Гульзира Гульнур
  Севиндж Севидж Наргиз Нергиз Нигяр Эльнара Айнур Гюнель Хадиджа Махабат Катерина Кацярына
  Айгерим Айгуль Айдана Айжан Айнур Айнура Айсулу Акмарал Алия Алина Алтынай Анара Анастасия Анна Ания Арайлым Аружан
  Асель Асем Ботагоз Валентина Вера Галия Галина Гаухар Гульмира Гульнара Гульнар Гульжан Гульшат Гуля Дана Дарига Дарья
  Динара Дина Жазира Жанар Жанна Жансая Жибек Жулдыз Зарина Зульфия Зухра Ирина Камила Карлыгаш Катерина Кристина Лаура
  Лейла Лола Любовь Людмила Мадина Майра Малика Марина Мария Маржан Меруерт Мээрим Наргиз Наталья Наталия Нилуфар
  Нургуль Нурсулу Ольга Парвина Раушан Роза Салтанат Сауле Светлана Сымбат Татьяна Томирис Умида Фарида Чолпон Шынар
  Эльмира Юлия Яна Айман Айжамал Бермет Гульнура Жылдыз Мадина Мунира Назгуль Самал Толкын Ульяна Шолпан Асия Дильноза
  Елена Екатерина Ксения Наталья Оксана Полина Софья Евгения Виктория Алёна Алена Ганна Ханна Алеся Вольга Марьям
  Айым Аида Аяжан Балжан Бибигуль Гульзада Гульмайра Дамеля Жанель Жадыра Жанат Карина Камшат Молдир Нургуль Риза
  Сабина Сания Тогжан Улжан Фатима Шахноза Гулнора Дилором Зулайхо Мавлюда Мохира Нигора Нодира Феруза Махинур Нуриса
  Асылкан Айгерим Бактыгуль Жылдыз Касиет Нуржамал Чинара Эльвира Тамара Людмила Лариса Надежда Раиса Зоя Инна Жанар
  Вероника Елизавета Диана Валерия Алла Лидия Нина Зинаида Маргарита Варвара Милана Таисия Антонина Регина Альбина
  Зарема Хеда Луиза Аминат Патимат Ангелина Василиса Снежана Арина Олеся Злата Виолетта Майя Стелла Эвелина Элина
  Эльза Нелли Римма Серафима Эмма
  Алевтина Зара Клара Наргиза Ирена Анора Гюльнара Лилия
`);
const MALE_LAT = words(`
  Leanid Siarhei Siarhiej Aliaksandr Aliaksei Uladzimir Valiantsin Zmitser Dzmitry Dzmitryi Mikalai Mikola Yauhen Ihar
  Raman Paval Viktar Vasil Yury Yuras Aleh Andrei Maksim Kanstantsin Stanislau Yaraslau Usevalad Ilya Mikita Ryhor
  Ulvi Hafiz Teymur Tofig Ilgar Emin Elchin Rufat Ramin Anar Orkhan Tural Vugar Ramiz Farid Bakhtiyar Avaz
  Abdullo Mahmadali Buzurgmehr Rustam Khurshed Jamshed Firuz Parviz Sherzod Ulugbek Otabek Ivan
  Aleksandr Aleksei Mykhailo Mikhail Fyodor Igor Oleg Pavel Sergei Sergey Nikolai
  Maksat Jumabek Zhumabek Sapar Akyl Kanat Kasym Kairat Temirlan
  Abai Abay Adil Adilet Azamat Aibek Aidar Aidos Aitzhan Akylbek Alexei Alexey Ales Alibek Alikhan Almas Almat Almaz
  Alisher Altynbek Amir Anatoly Andrei Andrey Anton Arman Arsen Askar Aset Asan Aslan Atabek Baglan Bakyt Bakhtiyar
  Bakhytzhan Baurzhan Bauyrzhan Bakhrom Bekbolot Bekzhan Berik Bolat Boris Bulat Vadim Valery Viktor Vitaly Vladimir
  Vladislav Galym Gennady Georgy Davlat Daler Damir Daniyar Daulet Denis Dmitry Dmitri Dosym Dulat Dias Dilshod Yevgeny
  Yerzhan Yerbolat Yerbol Yerlan Erlan Yermek Zhandos Zhanibek Zhangeldy Zhasulan Zafar Ildar Ilyas Ivan Igor Ilya
  Kairat Kamil Kanat Karim Kirill Konstantin Kuat Madiyar Maksat Maxim Marat Mirlan Mikhail Mukhtar Murat Nurbek Nurlan
  Nurzhan Nursultan Nikolai Nikolay Oleg Olzhas Omar Pavel Parviz Polat Ramazan Rasul Rinat Roman Ruslan Rustam Rustem
  Said Sanzhar Sapar Serik Sergei Sergey Sultan Tagir Talgat Tilek Timur Toktar Ulan Ulugbek Umid Farrukh Farkhad
  Fyodor Khurshed Chingiz Shamil Sherzod Shukhrat Eldar Yuri Yury Yaroslav Abdulla Azat Dastan Kenzhebek Meiram Oralbek
  Dauren Darkhan Jahongir Dilmurod Bakhodir Otabek Sardor Temur Nodir Akmal Botir Firdavs Komil Ravshan
  John James David Michael Peter Paul Mark Thomas Richard Robert William Daniel Andrew Stephen Martin Frank Jan Lukas
  Tomasz Piotr Jakub Karel Hans Pierre Jean Marco Luca Ahmed Mohammed Ali Omar Mehmet Emre
  Alexander Alexandr Aleksander Evgeny Evgeniy Yevgeniy Eugene Barys Bahdan Stsiapan Stsypan Arseni Arseniy Arseny
  Viachaslau Viacheslav Vyacheslav Vitali Vitalii Dmitriy Dmitrii Sergii Serhii Yuriy Yurii Andrii Grigory Grigoriy
  Pyotr Petr Petro Fedor Valentin Leonid Timofei Illya Semen Matvey Danila Artyom Vasily Vasiliy Vasili Gennadiy
  Anatoliy Anatolii Valeriy Valerii Kostiantyn Kiril Hovsep Andrias Vahagn Mher Rafael Mushfig Ilkin Togrul Javid Ravan
  Sakhavat Jamal Jahid Fariz Javad Elman Shakar Bolot Tynystan Saipidin Joodar Aktilek Kanybek Bektur Rysbek Datuna
  Duman Lukpan Makhambet Zhanbolat Bakhyt Gani Kuanysh Madi Medet Rauan Samat Timurlan Yerbol Iskander Mansur Miras
  Rakhat Temirlan Eldos Zharas Alimzhan Azizbek Akbar Bekzod Bobur Jamshed Jamshid Ilkhom Komron Muhammad Nasim Ravshan
  Rustam Shavkat Shokhrukh Erkin Aidarbek Almazbek Bakai Zhoomart Kalys Kubanych Melis Omurbek Sadyr Syimyk Taalai
  Uluk Chyngyz Emil Marlen Tahir Gleb Daniil Nikita Stanislav Aslan Eset Yesset Dulat Serikzhan Nurlybek Zhasulan
`);
const FEMALE_LAT = words(`
  Tatsiana Katsiaryna Maryia Iryna Alena Aksana Nasta Palina Darya Liudmila Yuliya Larysa Nina Ksenija Valiantsina
  Sevinj Nargiz Nigar Aynur Gunel Ulviyya Arzu Leyla Khadija Fatima Shahnaz Daria Katsiaryna
  Aike Makhabat Makhinur Asel Lolagul Gulnoza Saule Dinara Ainur Aizhan Zhanar Sanobar Gulshan Nigina Mahbuba
  Aigerim Aigul Aidana Aizhan Ainur Ainura Aysulu Akmaral Aliya Alina Altynai Anara Anastasia Anna Arailym Aruzhan Asel
  Assem Botagoz Valentina Vera Galiya Galina Gaukhar Gulmira Gulnara Gulnar Gulzhan Gulshat Dana Dariga Daria Darya
  Dinara Dina Zhazira Zhanar Zhanna Zhansaya Zhibek Zhuldyz Zarina Zulfiya Zukhra Irina Kamila Karlygash Kristina Laura
  Leila Lola Lyubov Lyudmila Madina Maira Malika Marina Maria Marzhan Meruert Meerim Nargiz Natalia Natalya Nilufar
  Nurgul Nursulu Olga Parvina Raushan Roza Saltanat Saule Svetlana Symbat Tatiana Tatyana Tomiris Umida Farida Cholpon
  Shynar Elmira Yulia Yana Aiman Bermet Gulnura Zhyldyz Munira Nazgul Samal Tolkyn Sholpan Dilnoza Yelena Elena
  Yekaterina Ekaterina Ksenia Oksana Polina Sofia Evgenia Viktoria Alyona Hanna Alesia Volha Maryam Aliya Ulfat
  Mary Sarah Emma Anna Julia Maria Sophie Claire Laura Katarzyna Agnieszka Eva Fatima Ayse Zeynep
  Alexandra Aleksandra Evgeniya Yevgeniya Yevgenia Eugenia Iuliia Yuliia Elizaveta Yelizaveta Kseniya Mariya Ludmila
  Nadia Nadiya Veronika Victoria Valeria Valeriya Diana Lilia Ulyana Lidia Lidiya Elene Lara Natela Sopo Matanat
  Kanyshai Margarita Alla Zinaida Varvara Regina Albina Angelina Vasilisa Snezhana Arina Olesya Alesya Elvira
  Aiym Aida Ayazhan Balzhan Bibigul Gulzada Gulmaira Damelya Zhanel Zhadyra Zhanat Karina Kamshat Moldir Riza Sabina
  Saniya Togzhan Ulzhan Shakhnoza Gulnora Dilorom Zulaykho Mohira Nigora Nodira Feruza Asylkan Baktygul Kasiet
  Chinara Elvira Tamara Larisa Nadezhda Raisa Inna Makhabbat Nazira Dilnaz Aizada Assel Zhanerke Kamila
`);

// The South Caucasus, Tajik, Uzbek, Karakalpak and Turkmen names and the common Muslim names the regional press
// carries, in the Latin spellings of English-language outlets and the Cyrillic of Russian ones.
const MALE_WIDER = words(`
  Джано Онисе Валери Коба Гуриэл Элгуджа Гиви Темур Автандил Резо Ило Овсеп Грачья Ишхан Вараздат Гарри Ильхамиз Раиль
  Бузургмехр Эхсон Вайсиддин Махмурод Носыр Бехруз Собир Фозилходжа Рахмон Махмуд Искандар Реимберды Каржау Кадыржан
  Серикжан Эрмек Кубан Кадыр
  Giorgi Levan Dato Davit David Nika Irakli Zurab Lasha Tornike Gela Akaki Saba Luka Guram Revaz Valeri Sandro Andro
  Onise Jano Mikheil Tengiz Badri Beka Otar Zviad Shota Gocha Mamuka Vakhtang Gia Kakha Archil Merab Nodar Mirian
  Aleko Giga Goga Koba Lado Nugzar Paata Ramaz Tamaz Teimuraz Vano Zaza Bidzina Nikoloz Ilia Jumber
  Гиорги Леван Дато Давит Ника Ираклий Зураб Лаша Торнике Гела Акакий Саба Лука Гурам Реваз Сандро Андро Михеил
  Тенгиз Бадри Бека Отар Звиад Шота Гоча Мамука Вахтанг Гия Каха Арчил Мераб Нодар Бидзина Николоз Нугзар Паата Тамаз
  Aram Tigran Gegham Taron Andranik Ruben Armen Artur Vahe Hayk Gor Narek Samvel Levon Ashot Karen Vardan Gagik
  Hovhannes Hrant Sargis Avetik Vazgen Seyran Hakob Arayik Garegin Bagrat Mikael Arthur Edgar Gevorg Harutyun Nikol Serzh
  Арам Тигран Гегам Тарон Андраник Рубен Армен Артур Ваге Айк Гор Нарек Самвел Левон Ашот Карен Вардан Гагик Ованес
  Грант Саргис Аветик Вазген Сейран Акоп Араик Гарегин Баграт Микаэл Эдгар Геворг Арутюн Никол Серж Гегам
  Alasgar Natig Afgan Ilham Mahammad Elnur Polad Aziz Shahin Bahruz Famil Fuad Igbal Jamil Kamran Mirza Nijat Rashad
  Rasim Samir Taleh Zaur Elmir Tabriz Akif Arif Azer Bayram Elshan Emin Eldaniz Farhad Habib Ikram Intigam Mehman
  Rovshan Sakit Seymur Tofig Vidadi Yadigar Arzu Idrak Imran Ramil Ulvi Nurlan Huseyn Hasan Hasanali Tapdig Firdovsi
  Алескер Натиг Афган Ильхам Магеррам Эльнур Полад Азиз Шахин Бахруз Фамиль Фуад Игбал Джамиль Камран Мирза Ниджат
  Рашад Расим Самир Талех Заур Табриз Акиф Ариф Азер Байрам Эльшан Эльданиз Интигам Мехман Ровшан Сакит Сеймур Видади
  Ahmad Ahmadi Ahmed Ibrahim Ibrohim Ibragim Ismail Ismoil Yusuf Yusufjon Umar Umarali Usmon Osman Hasan Husein Hussein
  Abdullo Abdullah Abdurahmon Abdurakhmon Abdulaziz Rahim Rahmatillo Karim Salim Hakim Said Saidjafar Sulton Sultan
  Suhrob Sukhrob Nasimjon Daler Khushruz Zavqibek Manuchehr Jonibek Faromuz Chorshanbe Mamadsho Khushom Firuz
  Izzat Amriddin Nizomiddin Alijon Shohin Sherali Zubaidullo Mahmadali Muhammadjon Mukhammad Mukhammadi Mamadali
  Alim Alimjon Anvar Bakhtiyor Botir Davron Doniyor Elyor Farhod Farkhod Hamid Ikrom Ilkhom Jasur Kamol Khusan Lutfullo
  Mirzo Nodir Odil Oybek Rustam Sanjar Sardor Shavkat Shukhrat Tokhir Ulugbek Zafar Zokir Bobomurod Salijon Agzam
  Dauletmurat Oralbai Oralbay Zamirbek Asylbek Sharapat Nuratdiyin Dauranbek Omirbek Azamat Polat Aqylbek Bakhtiyar
  Serdar Dovran Maksat Umit Rovshen Farhat Gurbanguly Nurgeldi Bairam Bayram Vepa Annadurdy Soltan Nurmuhammet
  Gulgeldi Rozybai Mansur Berdimurat Merdan Myrat Murad Oguljan Rustem Kakajan Bezirgen Allamurad Ruslan Chary
  Ахмад Ахмади Ибрагим Иброхим Исмаил Исмоил Юсуф Юсуфджон Умар Умарали Усмон Хасан Хусейн Абдурахмон Рахим
  Рахматулло Салим Хаким Саиджафар Султон Сухроб Насимджон Хушруз Завкибек Манучехр Джонибек Фаромуз
  Чоршанбе Мамадшо Хушом Фируз Иззат Амриддин Низомиддин Алиджон Шохин Шерали Зубайдулло Махмадали Мухаммаджон
  Алим Алимджон Анвар Бахтиёр Ботир Даврон Дониёр Элёр Фарход Хамид Икром Илхом Жасур Камол Хусан Лутфулло Мирзо
  Нодир Одил Ойбек Санжар Сардор Шавкат Шухрат Тохир Зокир Бобомурод Салиджон Агзам Даулетмурат Оралбай Замирбек
  Асылбек Шарапат Дауранбек Омирбек Сердар Довран Умит Ровшен Фархат Гурбангулы Нургелди Байрам Вепа Аннадурды
  Солтан Нурмухаммет Гулгелди Розыбай Бердымурат Мердан Мурад Какаджан Алламурад Чары
  Vadzim Illia Ihar Andrzej Pavel Ales Mikalai Uladzislau Yauhen Zmitser Anton Artsiom Artem Kiryl Dzianis Eduard
  Вадим Илья Игорь Андрей Алесь Эдуард Артём Денис Кирилл Юрий Анатолий
  Alexey Alexei Aleksey Georgy Georgiy Yegor Egor Ilya Lev Mark Matvei Nikolay Oleksandr Oleksiy Volodymyr Yevhen Serhiy
  Mykola Andriy Bohdan Taras Vitaliy Vladyslav Dmytro Ihor Roman Maksym Stanislav Stepan Semyon Timofey Yaroslav Zakhar
`);
const FEMALE_WIDER = words(`
  Хаяля Вафа Шахназ Инобат Перизат Орозайым Жанылсын Рита Гулчехра Назира Бегимай Канышай Шахло Гулноза
  Nino Tamar Mzia Ana Salome Eka Ketevan Ketevani Natia Tamta Mariam Khatia Maka Tinatin Tiko Nana Manana Lika Lela
  Nata Sopho Sophio Keti Irma Inga Magda Nanuka Tako Marika Nestan Rusudan
  Нино Тамар Мзия Мзиа Саломе Эка Кетеван Натия Тамта Мариам Хатия Мака Тинатин Нана Манана Лика Лела Софо Теа Элене
  Anahit Lusine Gohar Siranush Armine Nune Mane Ani Arpine Hasmik Astghik Lilit Naira Zaruhi Anush Shushan
  Анаит Лусине Гоар Сирануш Армине Нуне Мане Ани Арпине Асмик Марине Астхик Лилит Наира Заруи Ануш Шушан
  Aytaj Hayala Aysel Ulviyya Ulviya Sevinj Khadija Aynur Gunay Lamiya Shahla Nigar Nargiz Natavan Aygun Aytan Fatima Gulnara
  Ilaha Kamala Konul Leyla Narmin Nurlana Sabina Samira Sevda Shahnaz Sona Tarana Ulkar Vusala Zhala Zeynab Gulnaz
  Айтадж Хаяла Айсель Ульвийя Ульвия Севиндж Хадиджа Гюнай Ламия Шахла Нигяр Натаван Айгюн Айтен Илаха Кямала Кёнуль
  Нармин Нурлана Самира Севда Сона Тарана Улькяр Вусала Жала Зейнаб Гюльназ
  Ulfatkhonim Ulfathonim Rukhshona Farangis Shabnam Manizha Tahmina Nigina Sitora Zarina Mehrangez Shahnoza Gulchehra
  Barno Dilafruz Gulnora Iroda Komila Lobar Mukaddas Nodira Ozoda Sevara Sayyora Zulfiya Lolagul Saida Sabohat
  Maral Ogulsapar Ogulgerek Jemal Aknabat Gulshirin Enejan
  Ульфатхоним Рухшона Фарангис Шабнам Манижа Тахмина Нигина Ситора Мехрангез Гульчехра Барно Дилафруз Ирода
  Комила Лобар Мукаддас Озода Севара Сайёра Сабохат Марал Огулсапар Огулгерек Джемаль Акнабат Гульширин Энеджан
  Natallya Natallia Nasta Katsiaryna Volha Maryna Iryna Larysa Palina Aksana Sviatlana Veranika Darja Ksenia Lyubov
  Kira Yulia Yuliya Sofia Sofya Anastasiya Liliya Olena Oleksandra Kateryna Nataliya Halyna Hanna Zhanna
  Наталля Настасья Кацярына Вольга Марына Ирына Ларыса Палина Аксана Святлана Кира Любовь Лилия Олена
`);

export const MALE_GIVEN = new Set([...MALE_CYR, ...MALE_LAT, ...MALE_WIDER].map((n) => n.toLowerCase()));
export const FEMALE_GIVEN = new Set([...FEMALE_CYR, ...FEMALE_LAT, ...FEMALE_WIDER].map((n) => n.toLowerCase()));
export const isGivenName = (w: string): boolean => MALE_GIVEN.has(w.toLowerCase()) || FEMALE_GIVEN.has(w.toLowerCase());

/** Surname and patronymic endings across the region, Latin and Cyrillic (lower case). */
export const SURNAME_ENDING_LAT =
  /(?:ov|ova|ev|eva|yev|yeva|iev|ieva|in|ina|yn|yna|sky|skiy|skaya|ski|ska|qizi|gizi|gyzy|zada|enka|ienka|onak|ionak|chyk|ou|ava|enko|ko|uk|yuk|chuk|vich|ich|ovich|evich|ovna|evna|uly|ulu|kyzy|qyzy|uulu|kizi|zoda|zade|zod|bek|bekov|bekova|bayev|bayeva|baev|baeva|yan|dze|shvili|ev|iy|yi|ova|ykh|ikh|murat|murod|ogly|oglu|beyli|li|aly|aria|elia|uria|aia|ua|uri|au|eu|anka)$/i;
export const SURNAME_ENDING_CYR =
  /(?:ов|ова|ев|ева|ёв|ёва|ин|ина|ын|ына|гызы|лы|заде|ский|ская|цкий|цкая|енко|ко|ук|юк|чук|вич|ич|ович|евич|овна|евна|улы|ұлы|кызы|қызы|уулу|зода|заде|бек|беков|бекова|баев|баева|ян|дзе|швили|ых|их|оглы|ли|янц|ури|уа)$/i;

/** Lower-case particles that belong inside a Turkic name: "Нурбек Асанбек уулу", "Aidana Serik kyzy". */
export const NAME_PARTICLES = new Set(["uulu", "ulu", "uly", "kyzy", "qyzy", "kizi", "ogly", "oglu", "tegin", "уулу", "улы", "ұлы", "кызы", "қызы", "оглы", "оглу", "гызы", "угли", "ўғли", "кизи", "қизи", "тегин"]);

/** Words that name what a person does, in the forms found before or after a name; mapped to the register's roles. */
const ROLE_STEMS: [RegExp, PersonRole][] = [
  [/^(journalist|reporter|correspondent|editor|cameraman|camerawoman|camera operator|photographer|photojournalist|videographer|presenter|anchor|columnist|broadcaster|freelancer|журналист|репортер|репортёр|корреспондент|редактор|оператор|телеоператор|фотограф|фотокорреспондент|видеооператор|видеоредактор|ведущ|колумнист|видеомонтаж|обозревател)/, "journalist"],
  [/^(blogger|vlogger|блогер|блоггер|видеоблогер)/, "blogger"],
  [/^(human[- ]rights defender|rights defender|human rights activist|rights activist|правозащит)/, "human_rights_defender"],
  [/^(activist|campaigner|trade[- ]union|unionist|civic|активист|общественн|соратни|профсоюз)/, "activist"],
  [/^(lawyer|attorney|advocate|адвокат|юрист)/, "lawyer"],
  [/^(protester|demonstrator|протестующ|участни[кц])/, "protester"],
  [/^(politician|opposition|deputy|mp|opposition leader|политик|оппозиционер|оппозиционн|депутат)/, "politician"],
  [/^(official|civil servant|госслужащ|чиновни)/, "civil_servant"],
  [/^(musician|pianist|singer|artist|poet|writer|actor|actress|painter|composer|музыкант|пианист|певец|певица|художни|поэт|писател|актер|актёр|актрис|композитор)/, "artist"],
  // Trades and callings the Russian-language reports name their people by ("студентка Нене X", "тренера Олега Y").
  [/^(студент|школьни|пенсионер|учител|преподавател|врач|медик|инженер|предпринимател|бизнесмен|тренер|священни|архиепископ|епископ|настоятел|кинолог|экономист|программист|фермер)/, "other"],
];

const ANY_ROLE = new RegExp(ROLE_STEMS.map(([re]) => re.source.slice(1)).join("|").replace(/^/, "^(?:") + ")");

export function roleOf(word: string): PersonRole | null {
  const w = word.toLowerCase();
  if (!ANY_ROLE.test(w)) return null;
  for (const [re, role] of ROLE_STEMS) if (re.test(w)) return role;
  return null;
}

/** Words for people who are mentioned as a role but are usually not the victim of what the sentence reports. */
export const OFFICIAL_CUE =
  /^(spokes(?:man|woman|person)|press secretary|prosecutor|judge|minister|official|akim|governor|head|chief|deputy head|rector|commander|president|investigator|officer|inspector|chairman|chairwoman|ombudsman|представител|пресс-секретар|прокурор|генпрокурор|судь|министр|аким|губернатор|начальни|руководител|глав[аыу]|директор|ректор|командир|президент|следовател|инспектор|председател|омбудсмен|сотрудни[кц]|чиновни|уполномоченн)/i;
/** Commentators: quoted for their view, never victims by being quoted. A Russian "наблюдатель" is an election monitor, often the one detained. */
export const COMMENTATOR_CUE = /^(analyst|political analyst|expert|observer|scholar|researcher|политолог|аналитик|эксперт|обозревател|исследовател)/i;
/** Relatives and relations: "the brother of X", "брат X" put a different person before X. */
export const RELATIVE_WORD =
  /^(brother|sister|son|daughter|wife|husband|mother|father|cousin|nephew|niece|uncle|aunt|relative|neighbou?r|friend|colleague|client|брат|сестр|сын|дочь|дочер|жена|жену|жены|жене|муж|мать|матер|отец|отца|отцу|двоюродн|племянни|дяд|тёт|тет|родственни|сосед|друг|друга|коллег|подзащитн)/i;

/** Verbs and phrases that make the nearby person a speaker, not a victim, unless the rule attaching the incident is direct. */
export const SPEECH_EN = /\b(said|says|told|tells|added|stated|wrote|reported|explained|claimed|noted|according to|denied|declined|argued|believes|thinks|confirmed|announced)\b/i;
export const SPEECH_RU = /(сообщил|заявил|рассказал|сказал|написал|отметил|добавил|пояснил|подтвердил|считает|по словам|по данным|по мнению|отказал\w* от комментари)/i;

/** Who did it, as an organisation kind (contract ORGANISATION_KINDS where one fits). */
export const PERPETRATORS: [RegExp, string][] = [
  [/\b(national security committee|knb|gknb|state committee for national security|security service|кнб|гкнб|комитет\w* национальной безопасности|спецслужб)/i, "national_security"],
  [/\b(border guards?|border service|пограничн)/i, "border_service"],
  [/\b(soldiers|troops|military|army|servicemen|военн|солдат)/i, "military"],
  [/\b(riot police|police|officers|policemen|omon|полици|полицейск|омон|сотрудники (?:мвд|овд))/i, "police"],
  [/\b(investigators?|prosecutor'?s? office|следовател|прокуратур)/i, "prosecutor"],
  [/\b(court|judge|суд|судья)/i, "court"],
  [/\b(men in (?:plain clothes|civilian clothes|uniform)|unknown (?:men|people|assailants)|люди в (?:штатском|форме)|неизвестн)/i, "unknown"],
];

export const MONTHS_EN = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];
export const MONTHS_EN_SHORT = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
/** Russian months, stem → month index (genitive, nominative and prepositional forms share the stem). */
export const MONTHS_RU: [string, number][] = [
  ["январ", 0], ["феврал", 1], ["март", 2], ["апрел", 3], ["ма[йяе]", 4], ["июн", 5], ["июл", 6], ["август", 7], ["сентябр", 8],
  ["октябр", 9], ["ноябр", 10], ["декабр", 11],
  // Kazakh, for Kazakh-language text ("5 қаңтарда").
  ["қаңтар", 0], ["ақпан", 1], ["наурыз", 2], ["сәуір", 3], ["мамыр", 4], ["маусым", 5], ["шілде", 6], ["тамыз", 7],
  ["қыркүйек", 8], ["қазан", 9], ["қараша", 10], ["желтоқсан", 11],
];
export const WEEKDAYS_EN = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"];
/** Russian weekday stems (accusative after "в": понедельник, вторник, среду, четверг, пятницу, субботу, воскресенье). */
export const WEEKDAYS_RU: [string, number][] = [["воскресень", 0], ["понедельник", 1], ["вторник", 2], ["сред", 3], ["четверг", 4], ["пятниц", 5], ["суббот", 6]];

export const NUMBER_WORDS: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20,
  thirty: 30, forty: 40, fifty: 50, sixty: 60, hundred: 100, dozens: 24, hundreds: 200,
  один: 1, одного: 1, два: 2, двух: 2, две: 2, три: 3, трёх: 3, трех: 3, четыре: 4, четырёх: 4, четырех: 4, пять: 5,
  пяти: 5, шесть: 6, шести: 6, семь: 7, семи: 7, восемь: 8, восьми: 8, девять: 9, девяти: 9, десять: 10, десяти: 10,
  одиннадцать: 11, одиннадцати: 11, двенадцать: 12, двенадцати: 12, тринадцать: 13, четырнадцать: 14, пятнадцать: 15,
  пятнадцати: 15, шестнадцать: 16, двадцать: 20, двадцати: 20, тридцать: 30, сорок: 40, пятьдесят: 50, сто: 100,
  двое: 2, трое: 3, троих: 3, четверо: 4, четверых: 4, пятеро: 5, пятерых: 5, шестеро: 6, десятки: 24, сотни: 200,
};

/** Capitalised words that open sentences or name institutions and are never part of a person's name. */
export const NOT_NAME = new Set(words(`
  The A An On In At By For From To Of And But Or After Before Since During While When Where Who Whom Whose What Which
  This That These Those There Their They Them He She His Her Him We Our Its It I You Your My Me Us Police Officers
  Officer Court Judge Prosecutor Prosecutors Ministry Minister Interior Committee Department Office Service Security
  National State Government President Parliament Senate Akimat Akim City Region Regional District Village Street Square
  Avenue Republic Supreme Criminal Code Article Administrative Offences Human Rights Watch Amnesty International
  Bureau Foundation Coalition Union Association Group Agency News Press Times Daily TV Radio Channel Portal Magazine
  Review Files Facebook Instagram Telegram YouTube Twitter WhatsApp University School Hospital Relatives Colleagues
  Investigators Journalists Activists Lawyers Protesters Residents Security Forces Both All Some Many Several Among One
  Two Three Four Five Six Seven Eight Nine Ten Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February
  March April May June July August September October November December Kazakh Kazakhstan Kyrgyz Kyrgyzstan Russian
  Russia Belarus Belarusian Uzbek Uzbekistan Tajik Tajikistan Karakalpak Turkmen Soviet Western European American
  Central Asia Asian Mr Mrs Ms Messrs Dr Prof Also However According Meanwhile Later Earlier Last Next Yesterday Today Tomorrow
  Friday Foreign Affairs Internal Affairs Justice Information General Deputy Chief Head Director Council Constitution
  Economy Finance Finances Education Health Defence Defense Culture Energy Agriculture Transport Labour Labor Ecology
  Constitutional Emergency Situations Prison Colony Centre Center Facility Detention Pre-trial Temporary Isolation Road
  Airport Station Park Market Lake Sea River Mountains Media Freedom Reporters Without Borders Journalist Reporter
  Activist Blogger Lawyer Mother Father Brother Sister Wife Husband Son Daughter Neither Nor Yet If Not No Yes Oil
  Trade Workers Party Democratic Choice Movement Youth Front Alliance Initiative Center Centre Institute Network
  Independent Free Open Public Rights Legal Defence Defense Justice Watch Monitor Monitoring Project International
  Live Online Info Studio Staff Editor Editor-in-Chief Founder Correspondent Photographer Cameraman Acting
  Chair Chairperson Laureate Prize Nobel Peace Only Just Even
  Detained Arrested Sentenced Jailed Released Freed Fined Charged Convicted Beaten Attacked Missing Deported Summoned
  Суд Суда Суде Полиция Полиции Полицейские Полицейский МВД КНБ ГКНБ ДВД УП ОВД Министерство Министр Комитет
  Департамент Управление Прокуратура Прокурор Следователи Следователь Генеральный Генпрокурор Президент Парламент
  Мажилис Сенат Акимат Аким Республики Республика Площадь Проспект Улица Город Области Область Район Село В Во На С Со
  По Из За Под Над При После До Для Без Через Между Около Среди Как Что Когда Где Кто Его Её Ее Их Он Она Они Мы Вы
  Я Сам Сама Саму Самого Самой Сами Самих Это Этот Эта Эти Тот Та Те Там Тут Так Также Тоже Но А И Или Однако Ранее Позднее Позже Вчера Сегодня Завтра
  День Дня Дню Днём Понедельник Вторник Среда Четверг Пятница Суббота Воскресенье Январь Февраль Март Апрель Май Июнь Июль Август
  Сентябрь Октябрь Ноябрь Декабрь Казахстан Казахстана Казахстане Кыргызстан Кыргызстана Россия России Беларусь
  Узбекистан Таджикистан Родственники Родные Коллеги Адвокат Адвокаты Журналист Журналисты Журналистка Активист
  Активисты Блогер Все Всех Оба Обоих Двое Трое Один Одна Одного Ещё Еще Кроме Уголовного Кодекса Кодекс Статья
  Статьи Бюро Фонд Фонда Центр Ассоциация Организация Издание Портал Телеканал Газета Радио Агентство Facebook
  Instagram Telegram Мать Отец Брат Сестра Жена Муж Сын Дочь Пресс-секретарь Представитель Официальный Заместитель
  Начальник Руководитель Глава Правозащитники Правозащитница Правозащитник Местные Жители Военные Пограничники
  Сотрудники Сотрудник Неизвестные Люди Человек Граждане Протестующие Задержанные Международная Amnesty Human
  Затем Потом Тогда Сейчас Теперь Накануне Вскоре Впоследствии Напомним Кстати Именно Уже Лишь Только Даже Сразу Далее
  Итак Поэтому Впрочем Зато Причем Причём Помимо Несмотря Утром Вечером Днем Днём Ночью Сначала Наконец Пока Если Хотя
  Генеральный Международный Казахстанское Казахстанский Казахстанская Бухарский Областной Районный Городской
  Специализированный Административный Следственный Верховный Конституционный Национальной Безопасности
  Вечером Утром Днём Днем Ночью Позже Затем Тогда Накануне Впоследствии Кроме Также Тем Временем Власти Властей Властям
  Властями Силовики Силовиков Правоохранители Правоохранительные
  Сот Соты Сотта Сотқа Полиция Полициясы Прокуратура Прокурор Тергеуші Белсенді Журналистер Ол Олар Оның Бұл Кейін
`).map((w) => w.toLowerCase()));

/** Nouns before a capitalised phrase that make it the name of an outlet or organisation ("the news site Nasha Vioska"). */
export const ORG_BEFORE = /^(site|website|newspaper|outlet|portal|channel|magazine|agency|group|foundation|fund|party|movement|company|radio|station|издани[еяюи]|портал[аеу]?|газет[аыеуой]|сайт[аеу]?|канал[аеу]?|телеканал[аеу]?|журнал[аеу]?|агентств[оау]|фонд[аеу]?|парти[ияюе]|движени[еяю]|компани[ияюе]|радиостанци[ияюе])$/i;

/**
 * Nouns after a capitalised phrase that make it an organisation or outlet, not a person ("Adil Soz foundation", "the
 * Popular Front Party", "New Life Protestant Church", "the Strategy Aghmashenebeli office"; those in the first group whole words only).
 */
export const ORG_AFTER = /^(?:(?:front|church|office|bloc|platform|committee|council|team|media)$|foundation|fund|group|organi[sz]ation|agency|bureau|coalition|union|association|party|movement|centre|center|institute|network|channel|tv|times|press|news|files|review|daily|portal|outlet|magazine|newspaper|radio|website|site|company|corporation|ltd|llp|фонд|групп|организаци|агентств|бюро|коалици|союз|ассоциаци|парти|движени|центр|институт|канал|портал|издани|журнал|газет|радио|сайт|компани|тоо)/i;
